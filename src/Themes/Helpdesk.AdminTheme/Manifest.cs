using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.AdminTheme",
    Name = "Admin theme",
    Category = "Themes",
    Description = "The staff and admin look.",
    Dependencies = ["Helpdesk.Admin", "Helpdesk.Resources"],
    AlwaysEnabled = true,
    IsTheme = true)]
