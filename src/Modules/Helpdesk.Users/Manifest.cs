using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Users",
    Name = "Users",
    Category = "Security",
    Description = "Users, sign-in, roles and permissions.",
    Dependencies = ["Helpdesk.Email"],
    AlwaysEnabled = true,
    IsTheme = false)]
