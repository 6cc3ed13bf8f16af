using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Setup",
    Name = "Setup",
    Category = "Core",
    Description = "Sets up a new site, from the setup page or unattended from configuration.",
    AlwaysEnabled = true,
    IsTheme = false)]
