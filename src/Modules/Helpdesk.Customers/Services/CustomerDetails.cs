using Helpdesk.Customers.Models;
using Helpdesk.Users.Models;

namespace Helpdesk.Customers.Services;

/// <summary>A customer's account and profile, both tracked, for editing.</summary>
public sealed record CustomerDetails(User User, CustomerProfile Profile);
