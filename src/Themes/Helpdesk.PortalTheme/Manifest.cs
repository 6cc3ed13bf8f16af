using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.PortalTheme",
    Name = "Portal theme",
    Category = "Themes",
    Description = "The customer portal look: logo, company name and colours from the site settings.",
    Dependencies = ["Helpdesk.Admin", "Helpdesk.Resources"],
    AlwaysEnabled = true,
    IsTheme = true)]
