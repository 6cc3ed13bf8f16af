namespace Helpdesk.Users;

/// <summary>The id of the Users feature, as named in its manifest.</summary>
public static class UsersFeature
{
    public const string Id = "Helpdesk.Users";
}
