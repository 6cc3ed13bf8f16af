using Helpdesk.ContentManagement;
using Helpdesk.ContentManagement.Display;
using Helpdesk.ContentManagement.Fields;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Helpdesk.Content.Tests;

/// <summary>
/// Every field type reads its posted input and checks it against its settings, through the
/// display manager as an editor's save does; errors are keyed by the input's name.
/// </summary>
public sealed class FieldValidationTests : IClassFixture<ContentTestSite>
{
    private readonly ContentTestSite _site;

    public FieldValidationTests(ContentTestSite site)
    {
        _site = site;
    }

    [Fact]
    public async Task AValidRequestIsStoredWithTypedValues()
    {
        var form = Forms.ValidRequest();
        form["Request.Quantity.Value"] = "3";
        form["Request.DueDate.Value"] = "2026-12-24";
        form["Request.Channels.Values"] = new StringValues(["email", "phone"]);

        var (valid, item, updater) = await UpdateAsync(form, ContentAudience.Staff);

        Assert.True(valid, string.Join("; ", updater.ModelState.Select(e => e.Key + ": " + string.Join(",", e.Value!.Errors.Select(x => x.ErrorMessage)))));
        Assert.Equal("Printer jams", item.GetField<TextField>("Request", "Keyword")!.Text);
        Assert.Equal(3m, item.GetField<NumberField>("Request", "Quantity")!.Value);
        Assert.Equal(new DateOnly(2026, 12, 24), item.GetField<DateField>("Request", "DueDate")!.Value);
        Assert.Equal(["email", "phone"], item.GetField<ChoiceField>("Request", "Channels")!.Values);
        Assert.Equal(["bw-laser"], item.GetField<TaxonomyField>("Request", "Product")!.TermIds);
        Assert.True(item.GetField<BooleanField>("Request", "AcceptTerms")!.Value);
        Assert.Equal([TestUserLookup.Agent.UserId], item.GetField<UserPickerField>("Request", "Assignee")!.UserIds);
    }

    [Theory]
    [InlineData("Request.Keyword.Text", "", "Keyword is required.")]
    [InlineData("Request.Keyword.Text", "This keyword is far longer than the forty characters allowed", "Keyword can be at most 40 characters long.")]
    [InlineData("Request.SerialNumber.Text", "ab1234", "Serial number is not in the expected form: two capital letters, a dash and four digits")]
    [InlineData("Request.Quantity.Value", "many", "Quantity must be a number.")]
    [InlineData("Request.Quantity.Value", "0", "Quantity must be at least 1.")]
    [InlineData("Request.Quantity.Value", "11", "Quantity must be at most 10.")]
    [InlineData("Request.Quantity.Value", "2.5", "Quantity must be a whole number.")]
    [InlineData("Request.AcceptTerms.Value", "", "I accept the terms is required.")]
    [InlineData("Request.DueDate.Value", "someday", "Due date must be a date.")]
    [InlineData("Request.CallBackAt.Value", "noon", "Call back at must be a date and time.")]
    [InlineData("Request.CallBackAt.Value", "2026-03-29T02:30", "Call back at: this time does not exist because the clocks change.")]
    [InlineData("Request.Priority.Values", "urgent", "Priority: 'urgent' is not one of the options.")]
    [InlineData("Request.Priority.Values", "", "Priority is required.")]
    [InlineData("Request.Product.TermIds", "red", "Product: the chosen term does not belong to the taxonomy.")]
    [InlineData("Request.Product.TermIds", "printers", "Product: choose a term at the lowest level beneath Printers.")]
    [InlineData("Request.Assignee.UserIds", "user-nobody", "Assignee: the chosen user does not exist.")]
    [InlineData("Request.Assignee.UserIds", "user-carl", "Assignee: Carl Customer may not be chosen here.")]
    [InlineData("Request.Related.ContentItemIds", "no-such-item", "Related article: the chosen item does not exist.")]
    public async Task BadInputGetsItsErrorBesideTheInput(string input, string value, string error)
    {
        var form = Forms.ValidRequest();
        form[input] = value;

        var (valid, _, updater) = await UpdateAsync(form, ContentAudience.Staff);

        Assert.False(valid);
        Assert.Equal([error], Forms.Errors(updater, input));
        Assert.Single(updater.ModelState, entry => entry.Value!.Errors.Count > 0);
    }

    [Fact]
    public async Task ASingleChoiceTakesOnlyOneValue()
    {
        var form = Forms.ValidRequest();
        form["Request.Priority.Values"] = new StringValues(["low", "high"]);
        form["Request.Product.TermIds"] = new StringValues(["bw-laser", "monitors"]);

        var (_, _, updater) = await UpdateAsync(form, ContentAudience.Staff);

        Assert.Equal(["Priority allows only one choice."], Forms.Errors(updater, "Request.Priority.Values"));
        Assert.Equal(["Product allows only one choice."], Forms.Errors(updater, "Request.Product.TermIds"));
    }

    [Fact]
    public async Task AContentPickerTakesOnlyItemsOfTheAllowedTypes()
    {
        string noteId;
        await using (var scope = _site.CreateScope())
        {
            var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var note = await contents.NewAsync("Note");
            note.DisplayText = "A note";
            await contents.CreateAsync(note, VersionOptions.Published);
            noteId = note.ContentItemId;
        }

        var form = Forms.ValidRequest();
        form["Request.Related.ContentItemIds"] = noteId;
        var (_, _, updater) = await UpdateAsync(form, ContentAudience.Staff);

        Assert.Equal(["Related article: A note may not be chosen here."], Forms.Errors(updater, "Request.Related.ContentItemIds"));
    }

    [Fact]
    public async Task AttachmentsAreCheckedForTypeSizeAndCount()
    {
        var form = Forms.ValidRequest();
        const string input = "Request.Files.Files";

        var (tooMany, _, tooManyUpdater) = await UpdateAsync(form, ContentAudience.Staff,
            Forms.File(input, "a.pdf", "application/pdf", 10), Forms.File(input, "b.pdf", "application/pdf", 10), Forms.File(input, "c.png", "image/png", 10));
        var (_, _, wrongType) = await UpdateAsync(form, ContentAudience.Staff, Forms.File(input, "setup.exe", "application/octet-stream", 10));
        var (_, _, tooLarge) = await UpdateAsync(form, ContentAudience.Staff, Forms.File(input, "photo.jpg", "image/jpeg", 2000));
        var (valid, item, _) = await UpdateAsync(form, ContentAudience.Staff,
            Forms.File(input, @"C:\Users\me\report.pdf", "application/pdf", 500), Forms.File(input, "screen.png", "image/png", 700));

        Assert.False(tooMany);
        Assert.Equal(["Files holds at most 2 files."], Forms.Errors(tooManyUpdater, input));
        Assert.Equal(["Files: files like setup.exe are not allowed here."], Forms.Errors(wrongType, input));
        Assert.Equal(["Files: photo.jpg is larger than 1000 B."], Forms.Errors(tooLarge, input));
        Assert.True(valid);
        var files = item.GetField<AttachmentField>("Request", "Files")!.Files;
        Assert.Equal(["report.pdf", "screen.png"], files.Select(f => f.FileName));
        Assert.Equal([500L, 700L], files.Select(f => f.Length));
    }

    [Fact]
    public async Task DateTimesAreEnteredInTheSiteTimeZoneAndStoredInUtc()
    {
        var form = Forms.ValidRequest();
        form["Request.CallBackAt.Value"] = "2026-07-01T10:00";

        var (valid, item, _) = await UpdateAsync(form, ContentAudience.Staff);

        Assert.True(valid);
        var stored = item.GetField<DateTimeField>("Request", "CallBackAt")!.Value!.Value;
        Assert.Equal(new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc), stored);
    }

    [Fact]
    public async Task AFieldWhoseConditionDoesNotHoldIsNeitherRequiredNorStored()
    {
        var form = Forms.ValidRequest();
        form["Request.Product.TermIds"] = "office";
        form["Request.SerialNumber.Text"] = "not checked, not kept";

        var (valid, item, _) = await UpdateAsync(form, ContentAudience.Staff);
        form.Remove("Request.SerialNumber.Text");
        var (validWithout, _, _) = await UpdateAsync(form, ContentAudience.Staff);

        Assert.True(valid);
        Assert.True(validWithout);
        Assert.Null(item.GetField<TextField>("Request", "SerialNumber"));
    }

    [Fact]
    public async Task AFieldWhoseConditionHoldsIsRequired()
    {
        var form = Forms.ValidRequest();
        form["Request.Product.TermIds"] = "colour-laser";
        form.Remove("Request.SerialNumber.Text");

        var (valid, _, updater) = await UpdateAsync(form, ContentAudience.Staff);

        Assert.False(valid);
        Assert.Equal(["Serial number is required."], Forms.Errors(updater, "Request.SerialNumber.Text"));
    }

    [Fact]
    public async Task CustomersNeitherSeeNorChangeStaffOnlyFields()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var display = scope.ServiceProvider.GetRequiredService<IContentDisplayManager>();
        var item = await contents.NewAsync("Request");
        item.SetField("Request", "InternalNote", new TextField { Text = "Known troublemaker" });
        var form = Forms.ValidRequest();
        form.Remove("Request.Assignee.UserIds");
        form["Request.InternalNote.Text"] = "Overwritten by the customer";
        var updater = Forms.Updater(form);

        var valid = await display.UpdateEditorAsync(item, updater, isNew: true, ContentAudience.Customer);
        var editor = await display.BuildEditorAsync(item, updater, isNew: true, ContentAudience.Customer);
        var staffEditor = await display.BuildEditorAsync(item, updater, isNew: true, ContentAudience.Staff);

        Assert.True(valid);
        Assert.Equal("Known troublemaker", item.GetField<TextField>("Request", "InternalNote")!.Text);
        Assert.DoesNotContain(editor.Shapes, s => s.Name is "Request.InternalNote" or "Request.Assignee");
        Assert.Contains(staffEditor.Shapes, s => s.Name == "Request.Assignee");
    }

    [Fact]
    public async Task TheSameRulesApplyToItemsSavedWithoutAnEditor()
    {
        await using var scope = _site.CreateScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync("Request");
        item.SetField("Request", "Quantity", new NumberField { Value = 42 });

        var errors = await contents.ValidateAsync(item);

        Assert.Contains(errors, e => e.Key == "Request.Keyword.Text" && e.Message == "Keyword is required.");
        Assert.Contains(errors, e => e.Key == "Request.Quantity.Value" && e.Message == "Quantity must be at most 10.");
        Assert.DoesNotContain(errors, e => e.Key.StartsWith("Request.SerialNumber", StringComparison.Ordinal));
    }

    private async Task<(bool Valid, ContentItem Item, ContentUpdater Updater)> UpdateAsync(
        Dictionary<string, StringValues> form,
        ContentAudience audience,
        params Microsoft.AspNetCore.Http.IFormFile[] files)
    {
        await using var scope = _site.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().NewAsync("Request");
        var updater = Forms.Updater(form, files);

        var valid = await scope.ServiceProvider.GetRequiredService<IContentDisplayManager>()
            .UpdateEditorAsync(item, updater, isNew: true, audience);

        return (valid, item, updater);
    }
}
