namespace Helpdesk.Users.Models;

/// <summary>
/// Someone asked for a new password for <see cref="Email"/>: stored at once, answered in the
/// background (<c>PasswordRecoveryWorker</c>) and deleted when answered, so a restart loses none.
/// </summary>
public sealed class PasswordRecoveryRequest
{
    public long Id { get; set; }

    /// <summary>The address as typed, in lower case; it may belong to no account.</summary>
    public required string Email { get; set; }

    /// <summary>The address the request came to, for links while the site has no address of its own.</summary>
    public string? RequestOrigin { get; set; }

    public DateTime RequestedUtc { get; set; }

    /// <summary>How many times answering it failed.</summary>
    public int Attempts { get; set; }

    /// <summary>Until when a worker holds it; null while it waits.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }
}
