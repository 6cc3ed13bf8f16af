using System.ComponentModel.DataAnnotations;

namespace Helpdesk.Admin.Validation;

/// <summary>Accepts an IANA time zone id this server knows, spelled exactly, e.g. <c>Europe/Berlin</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string id
        || (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId && zone.Id == id);
}
