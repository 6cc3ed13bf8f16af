namespace Helpdesk.Email;

/// <summary>
/// Operational settings of the outbox, from the configuration section <c>Helpdesk:Email</c>.
/// What administrators change in the browser lives in <see cref="Models.EmailSettings"/> instead.
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Helpdesk:Email";

    /// <summary>The default waits before the 2nd, 3rd, ... attempt: 1, 5, 15, 60 and 240 minutes.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(60),
        TimeSpan.FromMinutes(240),
    ];

    /// <summary>How often the dispatcher looks for due messages when nobody wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits between attempts; a message fails for good after one attempt more than listed.
    /// Empty means <see cref="DefaultRetryDelays"/> (the binder appends to lists, so defaults stay out of it).
    /// </summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    /// <summary>How many messages a dispatcher claims at once.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The longest one delivery (connect, authenticate, send) may take.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a claim keeps other dispatchers away; an expired claim is taken over.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest total size of a message's attachments.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How long sent messages stay in the outbox; zero keeps them for good. Failed ones always stay.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Names this node in the outbox's ClaimedBy column; the machine name when empty.</summary>
    public string? NodeName { get; set; }

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays.Count > 0 ? RetryDelays : DefaultRetryDelays;

    public int MaxAttempts => EffectiveRetryDelays.Count + 1;
}
