using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Contracts.Subscriptions.RollOverDueSubscriptions;
using PenguinMails.BuildingBlocks.Infrastructure.Jobs;

namespace PenguinMails.Billing.Infrastructure.Jobs;

/// <summary>Rolls subscription periods over as they end, up to a batch of claimed subscriptions per step.</summary>
internal sealed class SubscriptionRollOverService(
    IServiceScopeFactory scopes, IServiceProvider services, IOptions<BillingOptions> options, ILogger<SubscriptionRollOverService> logger)
    : PlatformPollingJob(scopes, services, logger)
{
    private const int BatchSize = 100;

    protected override string Name => "Subscription roll-overs";

    protected override TimeSpan? Interval => TimeSpan.FromSeconds(options.Value.RollOverIntervalSeconds);

    protected override Task<int> StepAsync(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RollOverDueSubscriptionsCommand(BatchSize), cancellationToken);

    // A full batch may have left more behind it.
    protected override bool MoreMayBeDue(int done) => done == BatchSize;
}
