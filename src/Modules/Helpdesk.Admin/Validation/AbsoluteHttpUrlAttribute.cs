using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Admin.Validation;

/// <summary>Accepts an absolute http or https address such as <c>https://support.example.com</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text
        || (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && string.IsNullOrEmpty(uri.UserInfo));
}
