using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Admin",
    Name = "Admin",
    Category = "Core",
    Description = "The admin shell: dashboard, menu, site settings.",
    AlwaysEnabled = true,
    IsTheme = false)]
