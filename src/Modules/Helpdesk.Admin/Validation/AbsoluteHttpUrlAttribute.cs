using System.ComponentModel.DataAnnotations;
using Helpdesk.Infrastructure.Settings;

namespace Helpdesk.Admin.Validation;

/// <summary>Accepts an absolute http or https address such as <c>https://support.example.com</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || SiteAddress.IsValid(text);
}
