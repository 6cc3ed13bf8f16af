using Helpdesk.Modularity.Manifest;

[assembly: Module(
    "Helpdesk.Taxonomies",
    Name = "Taxonomies",
    Category = "Content",
    Description = "Trees of terms such as the product catalogue, chosen in taxonomy fields and edited in the admin.",
    Dependencies = ["Helpdesk.Contents"])]
