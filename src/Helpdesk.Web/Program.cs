using Helpdesk.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddHelpdesk();

var app = builder.Build();
await app.InitializeHelpdeskAsync();
app.UseHelpdesk();

await app.RunAsync();

/// <summary>Visible to the test host.</summary>
public partial class Program;
