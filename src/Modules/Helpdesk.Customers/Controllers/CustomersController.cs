using Helpdesk.Customers.Services;
using Helpdesk.Customers.ViewModels;
using Helpdesk.Infrastructure.Display;
using Helpdesk.Infrastructure.Notifications;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Modularity.Security;
using Helpdesk.Users.Models;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UserEmail = Helpdesk.Users.Services.EmailAddress;

namespace Helpdesk.Customers.Controllers;

[Admin]
[RequirePermission(Permissions.ManageCustomersName)]
[Route("admin/customers")]
public sealed class CustomersController : Controller
{
    private const int PageSize = 25;

    private readonly CustomerService _customers;
    private readonly OrganisationService _organisations;
    private readonly ISiteService _site;
    private readonly INotifier _notifier;

    public CustomersController(
        CustomerService customers,
        OrganisationService organisations,
        ISiteService site,
        INotifier notifier,
        IStringLocalizer<CustomersController> localizer)
    {
        _customers = customers;
        _organisations = organisations;
        _site = site;
        _notifier = notifier;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, int? organisationId, int page = 1, CancellationToken cancellationToken = default)
    {
        var model = new CustomerListViewModel
        {
            Page = await _customers.ListAsync(new CustomerQuery(search, organisationId, page, PageSize), cancellationToken),
            Search = search,
            OrganisationId = organisationId,
            Organisations = await _organisations.ListNamesAsync(cancellationToken),
        };

        return View(model);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        var model = new CustomerEditViewModel { Organisations = await _organisations.ListNamesAsync(cancellationToken) };

        return View("Edit", model);
    }

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(CustomerEditViewModel model, CancellationToken cancellationToken)
    {
        await ValidateAsync(model, null, cancellationToken);
        if (ModelState.IsValid)
        {
            var saved = await _customers.CreateAsync(model.ToInput(), cancellationToken);
            if (saved.Succeeded)
            {
                _notifier.Success(S["The customer {0} was created. Send the invitation so they can set a password.", model.Name.Trim()]);
                return RedirectToAction(nameof(Edit), new { id = saved.UserId });
            }

            AddErrors(saved);
        }

        model.Organisations = await _organisations.ListNamesAsync(cancellationToken);

        return View("Edit", model);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var customer = await _customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        var model = CustomerEditViewModel.From(customer);
        model.InvitedOn = await InvitedOnAsync(customer.User, cancellationToken);
        model.Organisations = await _organisations.ListNamesAsync(cancellationToken);

        return View(model);
    }

    [HttpPost("{id}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, CustomerEditViewModel model, CancellationToken cancellationToken)
    {
        var customer = await _customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        await ValidateAsync(model, id, cancellationToken);
        if (StaleEdit.IsRefused(ModelState, model.ConcurrencyStamp, customer.User.ConcurrencyStamp, S["Someone else changed this customer in the meantime. Your entries are kept: check them and save again to replace the other changes."]))
        {
            model.ConcurrencyStamp = customer.User.ConcurrencyStamp;
        }

        if (ModelState.IsValid)
        {
            var saved = await _customers.UpdateAsync(customer, model.ToInput(), cancellationToken);
            if (saved.Succeeded)
            {
                _notifier.Success(S["The customer {0} was saved.", model.Name.Trim()]);
                return RedirectToAction(nameof(Edit), new { id });
            }

            AddErrors(saved);
        }

        model.Id = id;
        model.HasPassword = customer.User.PasswordHash is not null;
        model.EmailConfirmed = customer.User.EmailConfirmed;
        model.InvitedOn = await InvitedOnAsync(customer.User, cancellationToken);
        model.Organisations = await _organisations.ListNamesAsync(cancellationToken);

        return View(model);
    }

    [HttpPost("{id}/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var customer = await _customers.FindAsync(id, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        var name = customer.User.DisplayName;
        if (await _customers.IsAlsoStaffAsync(customer))
        {
            _notifier.Error(S["{0} is staff as well: an administrator deletes the account on the users page.", name]);
            return RedirectToAction(nameof(Edit), new { id });
        }

        if (!await _customers.DeleteAsync(customer))
        {
            _notifier.Error(S["The customer {0} could not be deleted. Please try again.", name]);
            return RedirectToAction(nameof(Edit), new { id });
        }

        _notifier.Success(S["The customer {0} was deleted.", name]);

        return RedirectToAction(nameof(Index));
    }

    private async Task ValidateAsync(CustomerEditViewModel model, string? id, CancellationToken cancellationToken)
    {
        var email = model.Email?.Trim() ?? "";
        if (email.Length > 0 && !UserEmail.IsValid(email))
        {
            ModelState.AddModelError(nameof(model.Email), S["Enter a valid e-mail address, e.g. anna@example.com."]);
        }
        else if (email.Length > 0 && await _customers.FindUserByEmailAsync(email) is { } other && other.Id != id)
        {
            ModelState.AddModelError(nameof(model.Email), S["There is an account with this e-mail address already."]);
        }

        if (Languages.Normalize(model.Language) is null)
        {
            ModelState.AddModelError(nameof(model.Language), S["Choose German or English."]);
        }

        if (model.OrganisationId is { } organisationId && await _organisations.FindAsync(organisationId, cancellationToken) is null)
        {
            ModelState.AddModelError(nameof(model.OrganisationId), S["Choose an organisation from the list."]);
        }
    }

    private async Task<DateTime?> InvitedOnAsync(User user, CancellationToken cancellationToken)
    {
        if (user.InvitationSentUtc is not { } sent)
        {
            return null;
        }

        var site = await _site.FindSettingsAsync(cancellationToken);
        var zone = site is not null && TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;

        return TimeZoneInfo.ConvertTimeFromUtc(sent, zone);
    }

    private void AddErrors(CustomerSaveResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error);
        }
    }
}
