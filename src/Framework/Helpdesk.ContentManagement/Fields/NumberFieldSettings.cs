namespace Helpdesk.ContentManagement.Fields;

public sealed record NumberFieldSettings
{
    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    /// <summary>How many decimal places are allowed; 0 for whole numbers.</summary>
    public int Decimals { get; init; }

    public string? Placeholder { get; init; }
}
