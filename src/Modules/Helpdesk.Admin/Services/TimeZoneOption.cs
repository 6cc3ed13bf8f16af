namespace Helpdesk.Admin.Services;

public sealed record TimeZoneOption(string Id, string Label);
