using Helpdesk.Admin.Services;

namespace Helpdesk.Admin.Controllers;

/// <summary>A logo upload that passed the checks, held in memory until the settings are saved.</summary>
internal sealed record UploadedLogo(byte[] Content, LogoFormat Format);
