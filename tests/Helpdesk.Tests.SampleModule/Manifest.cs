using Helpdesk.Modularity.Manifest;

// A module that exists only in the test run: it proves that enabling a feature runs its
// migrations and exposes its routes, and that disabling hides them and keeps the data.
[assembly: Module(
    "Helpdesk.Tests.Sample",
    Name = "Sample notes",
    Category = "Testing",
    Description = "Notes on a page of their own; used by the tests to switch a feature on and off.")]
[assembly: ModuleFeature(
    "Helpdesk.Tests.Sample.Pinned",
    Name = "Pinned sample notes",
    Description = "Depends on the sample notes feature.",
    Dependencies = ["Helpdesk.Tests.Sample"])]
