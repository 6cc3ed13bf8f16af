using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Email",
    Name = "E-mail",
    Category = "Communication",
    Description = "Sends e-mails through an outbox: SMTP or a pickup folder, retries, a shared e-mail layout.",
    AlwaysEnabled = true,
    IsTheme = false)]
