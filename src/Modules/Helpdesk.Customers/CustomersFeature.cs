namespace Helpdesk.Customers;

/// <summary>The id of the Customers feature, as named in its manifest.</summary>
public static class CustomersFeature
{
    public const string Id = "Helpdesk.Customers";
}
