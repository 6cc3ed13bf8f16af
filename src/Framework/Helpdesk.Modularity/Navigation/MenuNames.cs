namespace Helpdesk.Modularity.Navigation;

public static class MenuNames
{
    public const string Admin = "admin";
    public const string Portal = "portal";
}
