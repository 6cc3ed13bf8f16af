using System.ComponentModel.DataAnnotations;
using Helpdesk.Infrastructure.Localization;

namespace Helpdesk.Admin.Validation;

/// <summary>Accepts the name of a language the UI is complete in (see <see cref="SupportedCultures"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SupportedLanguageAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is null || SupportedCultures.IsSupported(value as string);
}
