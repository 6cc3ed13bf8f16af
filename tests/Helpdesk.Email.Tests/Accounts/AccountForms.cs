using Helpdesk.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Helpdesk.Email.Tests.Accounts;

/// <summary>The account pages' forms, filled over HTTP as a browser would.</summary>
public static class AccountForms
{
    public const string AdminPage = "/admin";

    /// <summary>Staff's "send invitation" button, posted from an admin page.</summary>
    public static Task<HttpResponseMessage> InviteAsync(HttpClient staff, string userId, string? returnUrl = null) =>
        SiteForms.FormAsync(
            staff,
            AdminPage,
            returnUrl is null ? [] : [new("returnUrl", returnUrl)],
            $"/admin/users/{Uri.EscapeDataString(userId)}/invitation");

    /// <summary>Opens the link from an invitation or reset e-mail and sets the password there.</summary>
    public static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password, string? confirmation = null)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);

        return SiteForms.FormAsync(
            client,
            link,
            [
                new("UserId", query["userId"].ToString()),
                new("Code", query["code"].ToString()),
                new("NewPassword", password),
                new("ConfirmPassword", confirmation ?? password),
            ],
            link.Split('?')[0]);
    }

    public static Task<HttpResponseMessage> ForgotPasswordAsync(HttpClient client, string email) =>
        SiteForms.FormAsync(client, "/account/forgot-password", [new("Email", email)]);

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        SiteForms.FormAsync(client, SiteForms.LoginUrl, [new("Email", email), new("Password", password)]);
}
