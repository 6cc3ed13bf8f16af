using Helpdesk.ContentManagement.Display;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace Helpdesk.Content.Tests;

/// <summary>Posted editor forms for the "Request" type.</summary>
public static class Forms
{
    /// <summary>Everything a staff member must fill in for a valid request with a hardware product.</summary>
    public static Dictionary<string, StringValues> ValidRequest() => new()
    {
        ["Request.Keyword.Text"] = "Printer jams",
        ["Request.Priority.Values"] = "high",
        ["Request.Product.TermIds"] = "bw-laser",
        ["Request.SerialNumber.Text"] = "AB-1234",
        ["Request.AcceptTerms.Value"] = "true",
        ["Request.Assignee.UserIds"] = TestUserLookup.Agent.UserId,
    };

    public static ContentUpdater Updater(Dictionary<string, StringValues> values, params IFormFile[] files)
    {
        var collection = new FormFileCollection();
        collection.AddRange(files);

        return new ContentUpdater(new FormCollection(values, collection), new ModelStateDictionary());
    }

    public static IFormFile File(string name, string fileName, string contentType, int length) =>
        new FormFile(new MemoryStream(new byte[length]), 0, length, name, fileName)
        {
            Headers = new HeaderDictionary(),
            ContentType = contentType,
        };

    public static IReadOnlyList<string> Errors(ContentUpdater updater, string key) => updater.ErrorsFor(key);
}
