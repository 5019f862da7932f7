using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// A background job every API instance runs: at each tick it does all the work that is due, in steps, each a MediatR
/// command in its own scope and transaction, as the platform role. Each step claims its rows with
/// <c>FOR UPDATE SKIP LOCKED</c>, so instances share the work without coordinating. Without the platform connection,
/// or without an interval, the job does not run (and says so).
/// </summary>
public abstract partial class PlatformPollingJob(IServiceScopeFactory scopes, IServiceProvider services, ILogger logger) : BackgroundService
{
    /// <summary>What the job does, for its log lines ("Domain DNS re-checks").</summary>
    protected abstract string Name { get; }

    /// <summary>Time between two ticks; null turns the job off.</summary>
    protected abstract TimeSpan? Interval { get; }

    /// <summary>Runs every step that is due, one after another, until a step finds nothing; the items done.</summary>
    public async Task<int> RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<SessionRole>().UsePlatform();
            var done = await StepAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), cancellationToken);
            total += done;
            if (!MoreMayBeDue(done))
            {
                return total;
            }
        }
    }

    /// <summary>One step: claims and does some due work; how many items it did (0: none was due).</summary>
    protected abstract Task<int> StepAsync(IMediator mediator, CancellationToken cancellationToken);

    /// <summary>Whether another step may find work after one that did <paramref name="done"/> items.</summary>
    protected virtual bool MoreMayBeDue(int done) => done > 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<PlatformDataSource>() is null || Interval is not { } interval || interval <= TimeSpan.Zero)
        {
            LogDisabled(logger, Name);
            return;
        }

        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                if (await RunUntilIdleAsync(stoppingToken) is var done and > 0)
                {
                    LogDone(logger, Name, done);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, Name, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} are off: ConnectionStrings:Platform is not configured, or the job has no interval")]
    private static partial void LogDisabled(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Count} done")]
    private static partial void LogDone(ILogger logger, string job, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; retried at the next tick")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
