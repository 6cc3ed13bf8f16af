using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Resources",
    Name = "Resources",
    Category = "Core",
    Description = "Front-end libraries every theme and module uses: Bootstrap and Bootstrap Icons.",
    AlwaysEnabled = true,
    IsTheme = false)]
