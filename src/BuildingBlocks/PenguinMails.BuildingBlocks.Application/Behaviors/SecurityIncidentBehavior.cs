using MediatR;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Records a <see cref="ISecurityIncidentCommand{TResponse}"/>'s incident once its change is committed: a change
/// that was rolled back is no incident.
/// </summary>
internal sealed class SecurityIncidentBehavior<TRequest, TResponse>(ISecurityEvents security, IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is ISecurityIncidentCommand<TResponse> command)
        {
            var incident = command.DescribeIncident(response);
            await unitOfWork.OnCommittedAsync(_ =>
            {
                security.Record(SecurityEventNames.SecurityIncidents, incident.Reason, details: new Dictionary<string, object?> { ["subject"] = incident.Subject });
                return Task.CompletedTask;
            }, cancellationToken);
        }

        return response;
    }
}
