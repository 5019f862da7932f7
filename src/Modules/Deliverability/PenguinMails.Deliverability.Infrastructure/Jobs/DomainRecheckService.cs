using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Infrastructure.Jobs;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Contracts.Domains.VerifyDueDomain;

namespace PenguinMails.Deliverability.Infrastructure.Jobs;

/// <summary>
/// Re-checks domains as they fall due (pending and failed ones with growing back-off, verified ones steadily): one
/// claimed domain per step. <c>Deliverability:RecheckPollSeconds</c> 0 turns it off.
/// </summary>
internal sealed class DomainRecheckService(
    IServiceScopeFactory scopes, IServiceProvider services, IOptions<DeliverabilityOptions> options, ILogger<DomainRecheckService> logger)
    : PlatformPollingJob(scopes, services, logger)
{
    protected override string Name => "Domain DNS re-checks";

    protected override TimeSpan? Interval => options.Value.RecheckPollSeconds > 0 ? TimeSpan.FromSeconds(options.Value.RecheckPollSeconds) : null;

    protected override async Task<int> StepAsync(IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new VerifyDueDomainCommand(), cancellationToken) ? 1 : 0;
}
