using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Helpdesk.Modularity.Features;

/// <summary>Answers 404 for every action of a controller whose feature is disabled.</summary>
public sealed class FeatureGateFilter : IResourceFilter
{
    private readonly IFeatureGate _gate;

    public FeatureGateFilter(IFeatureGate gate)
    {
        _gate = gate;
    }

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (context.ActionDescriptor is ControllerActionDescriptor action
            && !_gate.IsEnabled(action.ControllerTypeInfo.AsType()))
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
