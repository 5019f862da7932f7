using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Contracts.Domains.VerifyDueDomain;

namespace PenguinMails.Deliverability.Infrastructure.Jobs;

/// <summary>
/// Re-checks domains as they fall due (pending and failed ones with growing back-off, verified ones steadily), on
/// every API instance: each domain is claimed with <c>FOR UPDATE SKIP LOCKED</c>, one per transaction. Runs as the
/// platform role; without that connection, or with <c>RecheckPollSeconds</c> 0, it does not run.
/// </summary>
internal sealed partial class DomainRecheckService(
    IServiceScopeFactory scopes, IServiceProvider services, IOptions<DeliverabilityOptions> options, ILogger<DomainRecheckService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<PlatformDataSource>() is null || options.Value.RecheckPollSeconds <= 0)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RecheckPollSeconds));
        do
        {
            try
            {
                var checkedCount = await CheckAllDueAsync(stoppingToken);
                if (checkedCount > 0)
                {
                    LogChecked(logger, checkedCount);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Verifies due domains one at a time until none is due; the number checked.</summary>
    internal async Task<int> CheckAllDueAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<SessionRole>().UsePlatform();
            if (!await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new VerifyDueDomainCommand(), cancellationToken))
            {
                return count;
            }

            count++;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Domain DNS re-checks are off: ConnectionStrings:Platform is not configured or Deliverability:RecheckPollSeconds is 0")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-checked the DNS records of {Count} domains")]
    private static partial void LogChecked(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Domain DNS re-check failed; it is retried at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
