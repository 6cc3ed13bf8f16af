using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Features",
    Name = "Features",
    Category = "Core",
    Description = "Enable and disable features at run time.",
    AlwaysEnabled = true,
    IsTheme = false)]
