namespace Helpdesk.Email.Models;

/// <summary>How the connection to the SMTP server is secured. The numbers are stored; never renumber them.</summary>
public enum SmtpTlsMode
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto = 0,

    /// <summary>No encryption at all (only for a server on the same host or network).</summary>
    None = 1,

    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (usually port 587).</summary>
    StartTls = 2,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect = 3,
}
