namespace Helpdesk.Email.Models;

/// <summary>A mailbox: the address and, optionally, the name shown with it.</summary>
public sealed record EmailAddress(string Address, string? DisplayName = null);
