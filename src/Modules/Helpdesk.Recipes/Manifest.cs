using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Recipes",
    Name = "Recipes",
    Category = "Core",
    Description = "Runs recipes: JSON files of steps that configure the site.",
    AlwaysEnabled = true,
    IsTheme = false)]
