using Microsoft.AspNetCore.Identity;

namespace Helpdesk.Users.Models;

/// <summary>A named set of permissions, such as Agent or Customer.</summary>
public sealed class Role : IdentityRole
{
    public Role()
    {
    }

    public Role(string name, string description)
        : base(name)
    {
        Description = description;
    }

    public string Description { get; set; } = "";
}
