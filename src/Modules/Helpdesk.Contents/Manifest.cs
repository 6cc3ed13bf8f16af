using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Contents",
    Name = "Contents",
    Category = "Content",
    Description = "Content items built from content types, parts and fields: text, number, yes/no, date, choice list, taxonomy terms, attachments, user and content pickers.")]
