namespace Helpdesk.Customers.Recipes;

/// <summary>A customer as written in an organisation of the <c>organisations</c> recipe step.</summary>
public sealed class CustomerEntry
{
    public string? Email { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    /// <summary><c>de</c>, <c>en</c>, or empty for the site's default.</summary>
    public string? Language { get; set; }
}
