using Helpdesk.Customers.Import;
using Helpdesk.Customers.ViewModels;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Customers.Controllers;

[Admin]
[RequirePermission(Permissions.ManageCustomersName)]
[Route("admin/customers/import")]
public sealed class CustomerImportController : Controller
{
    public const int MaxFileLength = 2 * 1024 * 1024;

    private readonly CustomerImportService _import;
    private readonly INotifier _notifier;

    public CustomerImportController(
        CustomerImportService import,
        INotifier notifier,
        IStringLocalizer<CustomerImportController> localizer)
    {
        _import = import;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public IActionResult Index() => View(new CustomerImportViewModel());

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxFileLength + 64 * 1024)]
    public async Task<IActionResult> Index(CustomerImportViewModel model, CancellationToken cancellationToken)
    {
        if (model.File is null || model.File.Length == 0)
        {
            ModelState.AddModelError(nameof(model.File), S["Choose a CSV file."]);
        }
        else if (model.File.Length > MaxFileLength)
        {
            ModelState.AddModelError(nameof(model.File), S["The file can be at most 2 MB."]);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var options = new CustomerImportOptions(model.CreateMissingOrganisations, model.SendInvitations);
        var result = await _import.ImportAsync(await ReadAsync(model.File!, cancellationToken), options, cancellationToken);
        if (!result.Succeeded)
        {
            model.Errors = result.Errors;
            return View(model);
        }

        _notifier.Success(result.InvitationsSent > 0
            ? S["{0} customers were imported and invited; {1} organisations were created.", result.CustomersCreated, result.OrganisationsCreated]
            : S["{0} customers were imported; {1} organisations were created.", result.CustomersCreated, result.OrganisationsCreated]);

        return RedirectToAction(nameof(CustomersController.Index), "Customers");
    }

    private static async Task<byte[]> ReadAsync(Microsoft.AspNetCore.Http.IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);

        return buffer.ToArray();
    }
}
