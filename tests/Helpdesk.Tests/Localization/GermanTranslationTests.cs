using System.Text.Json;
using System.Text.RegularExpressions;

namespace Helpdesk.Tests.Localization;

/// <summary>
/// The German UI is complete: every English text that code or a view passes to a localizer
/// has its translation in some module's <c>Localization/de.json</c>.
/// </summary>
public sealed partial class GermanTranslationTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void EveryLocalizedTextHasAGermanTranslation()
    {
        var translations = LoadGermanTranslations();

        var missing = LocalizedTexts()
            .Where(text => !translations.ContainsKey(text.Key))
            .Select(text => $"{text.File}: \"{text.Key}\"")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "Missing German translations:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void NoLocalizedTextIsBuiltAtRunTime()
    {
        var interpolated = SourceFiles()
            .SelectMany(file => InterpolatedKey().Matches(File.ReadAllText(file)).Select(_ => Relative(file)))
            .Distinct()
            .ToList();

        Assert.True(interpolated.Count == 0, "Interpolated localizer keys cannot be translated:\n" + string.Join("\n", interpolated));
    }

    [Fact]
    public void GermanTranslationsAreNeitherEmptyNorUntranslatedCopies()
    {
        var suspicious = LoadGermanTranslations()
            .Where(t => string.IsNullOrWhiteSpace(t.Value))
            .Select(t => t.Key)
            .ToList();

        Assert.Empty(suspicious);
    }

    // The site merges every module's de.json into one table, so two translations of the same
    // English text would leave one module showing the other's wording.
    [Fact]
    public void EachEnglishTextHasOneGermanTranslation()
    {
        var conflicting = GermanFiles()
            .SelectMany(file => ReadTranslations(file).Select(t => (File: Relative(file), t.Key, t.Value)))
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Value).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"\"{g.Key}\": " + string.Join(" | ", g.Select(t => $"{t.File}: \"{t.Value}\"")))
            .ToList();

        Assert.True(conflicting.Count == 0, "Texts translated differently:\n" + string.Join("\n", conflicting));
    }

    private static Dictionary<string, string> LoadGermanTranslations()
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in GermanFiles())
        {
            foreach (var (key, value) in ReadTranslations(file))
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    private static IEnumerable<string> GermanFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "de.json", SearchOption.AllDirectories)
            .Where(IsSource);

    private static Dictionary<string, string> ReadTranslations(string file) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [];

    private static IEnumerable<(string File, string Key)> LocalizedTexts() =>
        SourceFiles().SelectMany(file =>
        {
            var pattern = Path.GetFileName(file) == "Manifest.cs" ? ManifestText() : LocalizerKey();

            return pattern.Matches(File.ReadAllText(file))
                .Select(match => (Relative(file), Regex.Unescape(match.Groups["key"].Value)));
        });

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(IsSource);

    // Build output (bin/, obj/) holds copies of older builds, not the sources.
    private static bool IsSource(string file) =>
        !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(Root, file);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Helpdesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Helpdesk.sln not found above the test output.");
    }

    // T["..."], S["..."], and the texts DataAnnotations hand to the localizer.
    [GeneratedRegex(@"(?:\b[TS]\[|ErrorMessage\s*=\s*|\[Display\(Name\s*=\s*)""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex LocalizerKey();

    // The Features page shows module and feature names, descriptions and categories localised.
    [GeneratedRegex(@"\b(?:Name|Description|Category)\s*=\s*""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex ManifestText();

    [GeneratedRegex(@"\b[TS]\[\$""")]
    private static partial Regex InterpolatedKey();
}
