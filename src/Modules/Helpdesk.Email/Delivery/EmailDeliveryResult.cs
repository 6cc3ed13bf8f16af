using Helpdesk.Email.Models;

namespace Helpdesk.Email.Delivery;

/// <summary>A delivered message: the SMTP server's final answer, or the file written to the pickup folder.</summary>
public sealed record EmailDeliveryResult(EmailDeliveryMethod Method, string Response);
