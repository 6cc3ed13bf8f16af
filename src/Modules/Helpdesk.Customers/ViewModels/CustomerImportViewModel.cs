using Helpdesk.Customers.Import;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Helpdesk.Customers.ViewModels;

public sealed class CustomerImportViewModel
{
    public IFormFile? File { get; set; }

    public bool CreateMissingOrganisations { get; set; }

    public bool SendInvitations { get; set; }

    /// <summary>Every problem found in the last file; nothing of it was imported.</summary>
    [BindNever]
    public IReadOnlyList<ImportError> Errors { get; set; } = [];
}
