using Helpdesk.Infrastructure.Hosting;

namespace Helpdesk.Users.Services;

/// <summary>Wakes <see cref="PasswordRecoveryWorker"/> when a "forgot password" request was stored.</summary>
public sealed class PasswordRecoverySignal : WorkSignal;
