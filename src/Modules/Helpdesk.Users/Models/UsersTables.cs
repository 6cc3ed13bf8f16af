namespace Helpdesk.Users.Models;

/// <summary>The table names of the Users module, shared by the EF model and the migration.</summary>
public static class UsersTables
{
    public const string Users = "Users";
    public const string Roles = "Roles";
    public const string UserRoles = "UserRoles";
    public const string UserClaims = "UserClaims";
    public const string UserLogins = "UserLogins";
    public const string UserTokens = "UserTokens";
    public const string RoleClaims = "RoleClaims";
    public const string PasswordRecoveryRequests = "PasswordRecoveryRequests";

    public const int KeyLength = 64;
    public const int NameLength = 256;
    public const int ProviderKeyLength = 128;
    public const int DisplayNameLength = 200;
    public const int CultureLength = 10;
    public const int DescriptionLength = 500;
    public const int OriginLength = 500;
}
