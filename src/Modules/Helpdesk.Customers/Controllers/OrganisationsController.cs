using Helpdesk.Customers.Models;
using Helpdesk.Customers.Services;
using Helpdesk.Customers.ViewModels;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Modularity.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Helpdesk.Customers.Controllers;

[Admin]
[RequirePermission(Permissions.ManageCustomersName)]
[Route("admin/organisations")]
public sealed class OrganisationsController : Controller
{
    private const int PageSize = 25;

    private readonly OrganisationService _organisations;
    private readonly CustomerService _customers;
    private readonly INotifier _notifier;

    public OrganisationsController(
        OrganisationService organisations,
        CustomerService customers,
        INotifier notifier,
        IStringLocalizer<OrganisationsController> localizer)
    {
        _organisations = organisations;
        _customers = customers;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken cancellationToken = default)
    {
        var model = new OrganisationListViewModel
        {
            Page = await _organisations.ListAsync(search, page, PageSize, cancellationToken),
            Search = search,
        };

        return View(model);
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new OrganisationEditViewModel());

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(OrganisationEditViewModel model, CancellationToken cancellationToken)
    {
        await ValidateAsync(model, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", model);
        }

        var organisation = await _organisations.CreateAsync(model.ToInput(), cancellationToken);
        _notifier.Success(S["The organisation {0} was created.", organisation.Name]);

        return RedirectToAction(nameof(Edit), new { id = organisation.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var organisation = await _organisations.FindAsync(id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        var model = OrganisationEditViewModel.From(organisation);
        model.Members = await _customers.ListMembersAsync(id, cancellationToken);

        return View(model);
    }

    [HttpPost("{id:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, OrganisationEditViewModel model, CancellationToken cancellationToken)
    {
        var organisation = await _organisations.FindAsync(id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        model.Id = id;
        await ValidateAsync(model, id, cancellationToken);
        if (!ModelState.IsValid)
        {
            model.Members = await _customers.ListMembersAsync(id, cancellationToken);
            return View(model);
        }

        await _organisations.UpdateAsync(organisation, model.ToInput(), cancellationToken);
        _notifier.Success(S["The organisation {0} was saved.", organisation.Name]);

        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var result = await _organisations.DeleteAsync(id, cancellationToken);
        switch (result)
        {
            case OrganisationDeleteResult.NotFound:
                return NotFound();
            case OrganisationDeleteResult.HasMembers:
                _notifier.Error(S["The organisation cannot be deleted while it has customers. Move them to another organisation or remove them from it first."]);
                return RedirectToAction(nameof(Edit), new { id });
            default:
                _notifier.Success(S["The organisation was deleted."]);
                return RedirectToAction(nameof(Index));
        }
    }

    private async Task ValidateAsync(OrganisationEditViewModel model, int? id, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(model.Name) && await _organisations.NameIsTakenAsync(model.Name, id, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Name), S["There is an organisation with this name already."]);
        }

        var domains = EmailDomains.Split(model.Domains);
        foreach (var domain in domains.Where(d => !EmailDomains.IsValid(d)))
        {
            ModelState.AddModelError(nameof(model.Domains), S["\"{0}\" is not an e-mail domain such as muster.example.", domain]);
        }

        var foreign = await _organisations.ForeignDomainsAsync(domains, id, cancellationToken);
        foreach (var (domain, owner) in foreign)
        {
            ModelState.AddModelError(nameof(model.Domains), S["The domain {0} belongs to the organisation {1} already.", domain, owner]);
        }
    }
}
