namespace Helpdesk.Email.Models;

/// <summary>Where a message of the outbox stands. The numbers are stored; never renumber them.</summary>
public enum OutboxState
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending = 0,

    /// <summary>Claimed by a dispatcher that is sending it now.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Every attempt failed, or the server refused it for good; an administrator may retry it.</summary>
    Failed = 3,
}
