using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Helpdesk.Email.Delivery;

/// <summary>Encrypts the SMTP password for the settings document with ASP.NET Core Data Protection.</summary>
public sealed class SmtpPasswordProtector
{
    public const string Purpose = "Helpdesk.Email.SmtpPassword";

    private readonly IDataProtector _protector;

    public SmtpPasswordProtector(IDataProtectionProvider provider)
    {
        _protector = provider.CreateProtector(Purpose);
    }

    public string Protect(string password) => _protector.Protect(password);

    public string Unprotect(string protectedPassword)
    {
        try
        {
            return _protector.Unprotect(protectedPassword);
        }
        catch (CryptographicException exception)
        {
            throw new EmailDeliveryException(
                EmailDeliveryFailure.PasswordUnreadable,
                "The stored SMTP password cannot be decrypted (the data-protection keys changed); enter it again.",
                isPermanent: false,
                exception);
        }
    }
}
