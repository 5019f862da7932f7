using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Contracts.Subscriptions.RollOverDueSubscriptions;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.Billing.Infrastructure.Jobs;

/// <summary>
/// Rolls subscription periods over as they end, on every API instance: the rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two instances never roll the same subscription. Runs as the platform role;
/// without that connection it does not run (and says so).
/// </summary>
internal sealed partial class SubscriptionRollOverService(
    IServiceScopeFactory scopes, IServiceProvider services, IOptions<BillingOptions> options, ILogger<SubscriptionRollOverService> logger)
    : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<PlatformDataSource>() is null)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RollOverIntervalSeconds));
        do
        {
            try
            {
                await RollOverAllDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RollOverAllDueAsync(CancellationToken cancellationToken)
    {
        int rolled;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<SessionRole>().UsePlatform();
            rolled = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RollOverDueSubscriptionsCommand(BatchSize), cancellationToken);
            if (rolled > 0)
            {
                LogRolled(logger, rolled);
            }
        }
        while (rolled == BatchSize);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription roll-over is off: ConnectionStrings:Platform is not configured")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rolled over {Count} subscriptions")]
    private static partial void LogRolled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription roll-over failed; it is retried at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
