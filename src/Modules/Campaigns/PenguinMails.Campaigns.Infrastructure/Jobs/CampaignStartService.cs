using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Contracts.Campaigns.StartDueCampaign;

namespace PenguinMails.Campaigns.Infrastructure.Jobs;

/// <summary>
/// Starts scheduled campaigns when their time comes, on every API instance: each is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, one per transaction, as the platform role; without that connection it does not run.
/// </summary>
internal sealed partial class CampaignStartService(IServiceScopeFactory scopes, IServiceProvider services, ILogger<CampaignStartService> logger) : BackgroundService
{
    /// <summary>How late a campaign may start after its time, at most.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<PlatformDataSource>() is null)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(PollInterval);
        do
        {
            try
            {
                var started = await StartAllDueAsync(stoppingToken);
                if (started > 0)
                {
                    LogStarted(logger, started);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Starts due campaigns one at a time until none is due; the number started.</summary>
    internal async Task<int> StartAllDueAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<SessionRole>().UsePlatform();
            if (!await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartDueCampaignCommand(), cancellationToken))
            {
                return count;
            }

            count++;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled campaigns do not start by themselves: ConnectionStrings:Platform is not configured")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started {Count} scheduled campaign(s)")]
    private static partial void LogStarted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Starting scheduled campaigns failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
