using Helpdesk.Modularity.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Helpdesk.Infrastructure.Hosting;

public static class StartupTaskRunner
{
    /// <summary>Runs the start-up tasks of the enabled features, one scope each.</summary>
    public static async Task RunStartupTasksAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var gate = services.GetRequiredService<IFeatureGate>();
        await using var scope = services.CreateAsyncScope();
        var tasks = gate.Active(scope.ServiceProvider.GetServices<IStartupTask>()).ToList();

        foreach (var task in tasks)
        {
            await using var taskScope = services.CreateAsyncScope();
            var scoped = taskScope.ServiceProvider.GetServices<IStartupTask>().First(t => t.GetType() == task.GetType());
            await scoped.RunAsync(cancellationToken);
        }
    }
}
