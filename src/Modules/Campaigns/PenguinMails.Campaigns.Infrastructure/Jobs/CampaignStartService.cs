using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PenguinMails.BuildingBlocks.Infrastructure.Jobs;
using PenguinMails.Campaigns.Contracts.Campaigns.StartDueCampaign;

namespace PenguinMails.Campaigns.Infrastructure.Jobs;

/// <summary>Starts scheduled campaigns when their time comes: one claimed campaign per step.</summary>
internal sealed class CampaignStartService(IServiceScopeFactory scopes, IServiceProvider services, ILogger<CampaignStartService> logger)
    : PlatformPollingJob(scopes, services, logger)
{
    /// <summary>How late a campaign may start after its time, at most.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);

    protected override string Name => "Starts of scheduled campaigns";

    protected override TimeSpan? Interval => PollInterval;

    protected override async Task<int> StepAsync(IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new StartDueCampaignCommand(), cancellationToken) ? 1 : 0;
}
