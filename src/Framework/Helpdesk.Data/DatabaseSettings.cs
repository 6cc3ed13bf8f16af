namespace Helpdesk.Data;

/// <summary>Which database the site uses and how to reach it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
