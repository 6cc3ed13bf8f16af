using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Customers",
    Name = "Customers",
    Category = "Customers",
    Description = "Customers and organisations: admin pages, CSV import, e-mail domain matching and who sees an organisation's tickets.",
    Dependencies = ["Helpdesk.Users", "Helpdesk.Admin"],
    AlwaysEnabled = false,
    IsTheme = false)]
