using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.PortalTheme",
    Name = "Portal theme",
    Category = "Themes",
    Description = "The customer portal look: logo, company name and colours from the site settings.",
    AlwaysEnabled = true,
    IsTheme = true)]
