using System.Globalization;
using System.Text.RegularExpressions;
using Helpdesk.Data;
using Helpdesk.Email.Models;
using Helpdesk.Tests.Infrastructure;
using Helpdesk.Users.Services;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Tests.Users;

/// <summary>Sends and accepts invitations over HTTP, as staff and the invited person do.</summary>
public static partial class InvitationRequests
{
    /// <summary>Posts the invitation form of the admin page <paramref name="pageUrl"/>, which it returns to.</summary>
    public static Task<HttpResponseMessage> InviteAsync(
        this HelpdeskSiteFactory site,
        HttpClient admin,
        string userId,
        string pageUrl) =>
        site.FormAsync(admin, pageUrl, [new("returnUrl", pageUrl)], $"/admin/users/{Uri.EscapeDataString(userId)}/invitation");

    /// <summary>The texts of the e-mails queued to <paramref name="email"/>, newest first, read from the outbox.</summary>
    public static async Task<IReadOnlyList<string>> MailsToAsync(this HelpdeskSiteFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpdeskDbContext>();

        return await db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(message => message.ToAddresses.Contains(email))
            .OrderByDescending(message => message.Id)
            .Select(message => message.TextBody ?? "")
            .ToListAsync();
    }

    /// <summary>The site-relative invitation link of the latest e-mail to <paramref name="email"/>.</summary>
    public static async Task<string> LatestInvitationLinkAsync(this HelpdeskSiteFactory site, string email)
    {
        var mails = await site.MailsToAsync(email);
        var text = mails.Count > 0 ? mails[0] : "";
        var match = InvitationLink().Match(text);
        Assert.True(match.Success, $"No invitation link in the latest e-mail to {email}:\n{text}");

        return match.Groups["link"].Value;
    }

    /// <summary>Opens the link in a fresh browser session and sets the first password.</summary>
    public static async Task<HttpResponseMessage> AcceptInvitationAsync(this HelpdeskSiteFactory site, string link, string password)
    {
        using var visitor = site.CreateClient(followRedirects: false);
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query);

        return await site.FormAsync(
            visitor,
            link,
            [
                new("UserId", query["userId"].ToString()),
                new("Code", query["code"].ToString()),
                new("NewPassword", password),
                new("ConfirmPassword", password),
            ],
            AccountLinks.InvitationPath);
    }

    /// <summary>A stored UTC time as the admin pages show it: in the site's time zone, in the culture's short format.</summary>
    public static string AsShown(DateTime utc, string culture) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(TestSite.TimeZone))
            .ToString("g", CultureInfo.GetCultureInfo(culture));

    [GeneratedRegex("https?://[^/\\s]+(?<link>/account/invitation\\?\\S+)")]
    private static partial Regex InvitationLink();
}
