using System.Globalization;
using Helpdesk.Email.Models;
using Helpdesk.Email.Rendering;
using Helpdesk.Email.Services;
using Helpdesk.Infrastructure.Localization;
using Helpdesk.Infrastructure.Settings;
using Helpdesk.Users.Models;
using Microsoft.Extensions.Localization;
using Mailbox = Helpdesk.Email.Models.EmailAddress;

namespace Helpdesk.Users.Services;

/// <summary>
/// Writes the e-mails of the account lifecycle in the recipient's language, puts them into the
/// site's e-mail layout and queues them in the outbox.
/// </summary>
public sealed class AccountMailer
{
    private readonly IEmailService _email;
    private readonly IEmailTemplateRenderer _renderer;
    private readonly ISiteService _site;

    public AccountMailer(
        IEmailService email,
        IEmailTemplateRenderer renderer,
        ISiteService site,
        IStringLocalizer<AccountMailer> localizer)
    {
        _email = email;
        _renderer = renderer;
        _site = site;
        S = localizer;
    }

    private IStringLocalizer S { get; }

    public async Task SendInvitationAsync(User user, string link, DateTime validUntilUtc, CancellationToken cancellationToken)
    {
        var site = await SettingsAsync(cancellationToken);
        var culture = CultureOf(user, site);

        await SendAsync(user, culture, () => new Composed(
            S["Your access to {0}", site.SiteName],
            new EmailContent
            {
                Heading = S["Welcome to {0}", site.SiteName],
                TextBody = Paragraphs(
                    Greeting(user),
                    S["an account has been set up for you in {0} with the e-mail address {1}. With it you report your requests, follow them and answer our questions in the portal.", site.SiteName, user.Email!],
                    S["To get started, set your password with the button below."],
                    S["The link is valid until {0} and works only once.", LocalTime(validUntilUtc, site, culture)],
                    S["If the link has expired, ask us for a new invitation."]),
                ActionUrl = link,
                ActionText = S["Set your password"],
            },
            IsConfidential: true),
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(User user, string link, DateTime validUntilUtc, CancellationToken cancellationToken)
    {
        var site = await SettingsAsync(cancellationToken);
        var culture = CultureOf(user, site);

        await SendAsync(user, culture, () => new Composed(
            S["Reset your password for {0}", site.SiteName],
            new EmailContent
            {
                Heading = S["Set a new password"],
                TextBody = Paragraphs(
                    Greeting(user),
                    S["we received a request to reset the password of your account {0}. Choose a new password with the button below.", user.Email!],
                    S["The link is valid until {0} and works only once.", LocalTime(validUntilUtc, site, culture)],
                    S["If you did not ask for this, you can ignore this e-mail: your password stays as it is."]),
                ActionUrl = link,
                ActionText = S["Set a new password"],
            },
            IsConfidential: true),
            cancellationToken);
    }

    /// <summary>Tells a user who asked for a new password that they never set one, and whom to call.</summary>
    public async Task SendAccessNotSetUpAsync(User user, CancellationToken cancellationToken)
    {
        var site = await SettingsAsync(cancellationToken);
        var contact = FirstFilled(site.SupportPhone, site.SupportEmail);

        await SendAsync(user, CultureOf(user, site), () => new Composed(
            S["Your access to {0} has not been set up yet", site.SiteName],
            new EmailContent
            {
                Heading = S["No password has been set yet"],
                TextBody = Paragraphs(
                    Greeting(user),
                    S["you asked for a new password, but your access has not been set up yet: no password has been set for your account {0}.", user.Email!],
                    contact is null
                        ? S["Please contact our support: we will send you an invitation to set your password."]
                        : S["Please contact our support at {0}: we will send you an invitation to set your password.", contact]),
            }),
            cancellationToken);
    }

    /// <summary>
    /// Tells support (the site's support address) that a user without a password asked for one.
    /// Returns false when the site has no support address.
    /// </summary>
    public async Task<bool> SendStaffNoticeAsync(User user, string userPageLink, CancellationToken cancellationToken)
    {
        var site = await SettingsAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(site.SupportEmail))
        {
            return false;
        }

        var culture = CultureInfo.GetCultureInfo(SupportedCultures.IsSupported(site.DefaultLanguage) ? site.DefaultLanguage : SupportedCultures.English);
        var recipient = new Mailbox(site.SupportEmail, site.SiteName);
        await SendAsync(recipient, culture, () => new Composed(
            S["Password requested for an account without a password: {0}", user.Email!],
            new EmailContent
            {
                Heading = S["An account without a password asked for a new one"],
                TextBody = Paragraphs(
                    S["{0} ({1}) asked for a new password, but their access has not been set up yet: they have no password.", NameOf(user), user.Email!],
                    S["Please send them an invitation from the user's page in the admin, so they can set their password."]),
                ActionUrl = userPageLink,
                ActionText = S["Open the user"],
            }),
            cancellationToken);

        return true;
    }

    private Task SendAsync(User user, CultureInfo culture, Func<Composed> compose, CancellationToken cancellationToken) =>
        SendAsync(new Mailbox(user.Email!, NameOf(user)), culture, compose, cancellationToken);

    private async Task SendAsync(Mailbox to, CultureInfo culture, Func<Composed> compose, CancellationToken cancellationToken)
    {
        var composed = InCulture(culture, compose);
        var rendered = await _renderer.RenderAsync(composed.Content, culture, cancellationToken);

        await _email.QueueAsync(
            new EmailMessage
            {
                To = [to],
                Subject = composed.Subject,
                HtmlBody = rendered.Html,
                TextBody = rendered.Text,
                IsConfidential = composed.IsConfidential,
            },
            cancellationToken);
    }

    // The localizer reads the current UI culture; the request's culture is the sender's, not the recipient's.
    private static Composed InCulture(CultureInfo culture, Func<Composed> compose)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task<SiteSettings> SettingsAsync(CancellationToken cancellationToken) =>
        await _site.FindSettingsAsync(cancellationToken) ?? new SiteSettings();

    private static CultureInfo CultureOf(User user, SiteSettings site)
    {
        var name = SupportedCultures.IsSupported(user.Culture) ? user.Culture
            : SupportedCultures.IsSupported(site.DefaultLanguage) ? site.DefaultLanguage
            : SupportedCultures.English;

        return CultureInfo.GetCultureInfo(name);
    }

    private string Greeting(User user) =>
        HasOwnName(user) ? S["Hello {0},", user.DisplayName] : S["Hello,"];

    private static string NameOf(User user) => HasOwnName(user) ? user.DisplayName : user.Email!;

    private static bool HasOwnName(User user) =>
        !string.IsNullOrWhiteSpace(user.DisplayName) && !string.Equals(user.DisplayName, user.Email, StringComparison.OrdinalIgnoreCase);

    private static string LocalTime(DateTime utc, SiteSettings site, CultureInfo culture)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;

        return TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("g", culture);
    }

    private static string? FirstFilled(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string Paragraphs(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    // IsConfidential: the mail's link sets a password, so the admin outbox hides its text.
    private sealed record Composed(string Subject, EmailContent Content, bool IsConfidential = false);
}
