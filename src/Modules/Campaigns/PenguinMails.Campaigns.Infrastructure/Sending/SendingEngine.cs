using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Application.Sending;
using PenguinMails.Campaigns.Application.Unsubscribes;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Contracts.EmailAccounts.DeliverEmail;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetSendingDefaults;

namespace PenguinMails.Campaigns.Infrastructure.Sending;

/// <summary>
/// The sending engine every instance runs (ADR 0029, 0030, 0031). A round: take over expired leases and due wait or
/// condition steps; claim the e-mails that may go now (caps reserved in the claim); log each with its content in the
/// Content Database; send them in parallel, each recording that it reached DATA first; record each outcome on its
/// enrollment; copy the outcomes to the log. Rounds follow one another while there is work, then the engine polls.
/// </summary>
internal sealed partial class SendingEngine(
    IServiceScopeFactory scopes, IServiceProvider services, IOptions<SendingOptions> options, IUnsubscribeTokens unsubscribeTokens,
    TimeProvider clock, ILogger<SendingEngine> logger) : BackgroundService
{
    private const int TakeOverLimit = 500;
    private const int LogSlotLimit = 1000;
    private static readonly TimeSpan OutcomeCopyInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs rounds until one finds nothing to do; the e-mails and steps handled.</summary>
    public async Task<int> RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (await RunRoundAsync(cancellationToken) is var done and > 0)
        {
            total += done;
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PollIntervalMilliseconds;
        if (services.GetService<PlatformDataSource>() is null || interval <= 0)
        {
            LogDisabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunUntilIdleAsync(stoppingToken) is var done and > 0)
                {
                    LogRound(logger, done);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(interval), clock, stoppingToken);
        }
    }

    /// <summary>One round; the e-mails and steps it handled.</summary>
    internal async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var queue = new SendQueue(services.GetRequiredService<PlatformDataSource>().DataSource);
        var log = new MessageLog(services.GetRequiredService<ContentDatabase>().Platform);
        var settings = options.Value;
        var done = await TakeOverAsync(queue, log, settings, cancellationToken);

        var platformCap = await WithPlatformScopeAsync(null, m => m.Send(new GetSendingDefaultsQuery(), cancellationToken));
        var claimed = await queue.ClaimAsync(
            clock.GetUtcNow(), settings.BatchSize, settings.UngappedEmailsPerClaim, settings.LeaseSeconds, platformCap.DailySendCap, cancellationToken);
        if (claimed.Count > 0)
        {
            done += claimed.Count;
            // Outcomes reach the Content Database while the round still sends (a round of many e-mails per account
            // takes seconds), so an e-mail's 'sent' row follows its acceptance by a fraction of a second.
            using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var copying = CopyWhileAsync(queue, log, sending.Token, cancellationToken);
            try
            {
                await SendAsync(queue, log, claimed, settings, cancellationToken);
            }
            finally
            {
                await sending.CancelAsync();
                await copying;
            }
        }

        await CopyOutcomesAsync(queue, log, cancellationToken);
        if (done == 0)
        {
            await queue.CompleteFinishedCampaignsAsync(clock.GetUtcNow(), cancellationToken);
        }

        return done;
    }

    private async Task SendAsync(SendQueue queue, MessageLog log, IReadOnlyList<ClaimedEmail> claimed, SendingOptions settings, CancellationToken cancellationToken)
    {
        var steps = await queue.StepsAsync(claimed.Select(c => c.CampaignId), cancellationToken);
        var composed = claimed.ToDictionary(c => c.EnrollmentId, Compose);
        try
        {
            await log.WriteAsync([.. claimed.Select(c => ToLog(c, composed[c.EnrollmentId]))], clock.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing is sent that the log could not keep: the claims go back as they were.
            LogContentUnavailable(logger, claimed.Count, exception);
            foreach (var email in claimed)
            {
                await queue.UnclaimAsync(email, clock.GetUtcNow(), CancellationToken.None);
            }

            return;
        }

        // Accounts in parallel; one account's e-mails one after another, over its one SMTP session. Once the account
        // itself fails (connect, TLS, login, sender refused) the rest of its e-mails go back unsent.
        await Parallel.ForEachAsync(claimed.GroupBy(c => c.AccountId), new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = cancellationToken },
            async (account, ct) =>
            {
                var accountFailed = false;
                foreach (var email in account)
                {
                    if (accountFailed)
                    {
                        await queue.ReleaseAsync(email.EnrollmentId, email.LeaseId, email.EmailId, email.AccountId,
                            "Not sent: its account failed on an earlier e-mail of this round.", clock.GetUtcNow(), CancellationToken.None);
                        continue;
                    }

                    accountFailed = await DeliverAsync(queue, email, composed[email.EnrollmentId], steps, settings, ct) is DeliveryOutcomes.AccountFailure or null;
                }
            });
    }

    /// <summary>Sends one e-mail and records its outcome; the outcome, or null when the engine itself failed to deliver it.</summary>
    private async Task<string?> DeliverAsync(SendQueue queue, ClaimedEmail email, ComposedEmail composed, IReadOnlyDictionary<Guid, IReadOnlyList<PlannedStep>> steps, SendingOptions settings, CancellationToken cancellationToken)
    {
        DeliveryResultDto result;
        try
        {
            result = await WithPlatformScopeAsync(email.TenantId, m => m.Send(
                new DeliverEmailCommand(email.AccountId, email.To, composed.Subject, composed.TextBody, email.MessageId, email.FromName, composed.Headers,
                    () => queue.MarkDataStarted(email, clock.GetUtcNow())),
                cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Not this e-mail's outcome but ours (its secrets could not be read, the database went away): if DATA was
            // not begun it goes back; if it was, the lease expires and the take-over records it unknown.
            LogDeliveryFailed(logger, email.EmailId, exception);
            await queue.ReleaseAsync(email.EnrollmentId, email.LeaseId, email.EmailId, email.AccountId, "The engine could not deliver it: " + exception.GetType().Name, clock.GetUtcNow(), CancellationToken.None);
            return null;
        }

        // The server has answered: its outcome is recorded even through a shutdown, and through a database that is
        // restarting, tried again until the lease would run out (after that the take-over records it unknown).
        var plan = steps.GetValueOrDefault(email.CampaignId) ?? [];
        await RetryUntilAsync(clock.GetUtcNow().AddSeconds(settings.LeaseSeconds / 2.0), () => RecordAsync(queue, email, composed, plan, result, settings));
        return result.Outcome;
    }

    private async Task RecordAsync(SendQueue queue, ClaimedEmail email, ComposedEmail composed, IReadOnlyList<PlannedStep> plan, DeliveryResultDto result, SendingOptions settings)
    {
        var now = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case DeliveryOutcomes.Sent or DeliveryOutcomes.Unknown:
                await queue.AdvanceAsync(email.EnrollmentId, email.LeaseId, email.EmailId, email.StepId, email.MessageId, composed.Subject,
                    SequenceWalk.AfterEmail(plan, email.StepOrder, now), result.Outcome, result.Reply, result.StatusCode, now, CancellationToken.None);
                break;
            case DeliveryOutcomes.Deferred when email.Attempts < settings.MaxAttempts:
                await queue.DeferAsync(email.EnrollmentId, email.LeaseId, email.EmailId, now + CampaignEmail.RetryDelay(email.Attempts, Random.Shared.NextDouble()),
                    result.Reply, result.StatusCode, now, CancellationToken.None);
                break;
            case DeliveryOutcomes.Deferred:
                await queue.EndAsync(email.EnrollmentId, email.LeaseId, email.EmailId, EnrollmentStatus.Failed.Name, "smtp_deferred",
                    "failed", result.Reply, result.StatusCode, now, CancellationToken.None);
                break;
            case DeliveryOutcomes.Rejected:
                await queue.EndAsync(email.EnrollmentId, email.LeaseId, email.EmailId, EnrollmentStatus.Bounced.Name, "hard_bounce",
                    "bounced", result.Reply, result.StatusCode, now, CancellationToken.None);
                break;
            default:
                await queue.ReleaseAsync(email.EnrollmentId, email.LeaseId, email.EmailId, email.AccountId, $"{result.FailedAt}: {result.Reply}", now, CancellationToken.None);
                break;
        }
    }

    private async Task RetryUntilAsync(DateTimeOffset deadline, Func<Task> record)
    {
        var wait = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                await record();
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException && clock.GetUtcNow() + wait < deadline)
            {
                LogRecordRetry(logger, exception);
                await Task.Delay(wait, clock, CancellationToken.None);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }

    /// <summary>
    /// Expired leases and due wait or condition steps. An e-mail whose attempt reached DATA before its worker was lost
    /// may have been delivered: it is recorded as <c>unknown</c> and the lead moves on, never sent again (ADR 0030).
    /// One that had not reached DATA goes back to be claimed again.
    /// </summary>
    private async Task<int> TakeOverAsync(SendQueue queue, MessageLog log, SendingOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var taken = await queue.TakeOverAsync(now, TakeOverLimit, settings.LeaseSeconds, cancellationToken);
        if (taken.Count == 0)
        {
            return 0;
        }

        var steps = await queue.StepsAsync(taken.Select(t => t.CampaignId), cancellationToken);
        var delivered = taken.Where(t => t.EmailId is not null && t.DataStarted).ToList();
        var subjects = delivered.Count == 0 ? new Dictionary<Guid, string>() : await log.SubjectsAsync([.. delivered.Select(t => t.EmailId!.Value)], cancellationToken);
        foreach (var enrollment in taken)
        {
            var plan = steps.GetValueOrDefault(enrollment.CampaignId) ?? [];
            if (enrollment.EmailId is { } emailId && enrollment.DataStarted)
            {
                await queue.AdvanceAsync(enrollment.EnrollmentId, enrollment.LeaseId, emailId, null, enrollment.MessageId!, subjects.GetValueOrDefault(emailId),
                    SequenceWalk.AfterEmail(plan, enrollment.StepOrder, now), DeliveryOutcomes.Unknown,
                    "The connection was lost after DATA began; the server may have taken the message. It is not sent again.", null, now, cancellationToken);
            }
            else if (enrollment.EmailId is { } unsent)
            {
                await queue.ReleaseAsync(enrollment.EnrollmentId, enrollment.LeaseId, unsent, enrollment.AccountId, "The worker was lost before DATA.", now, cancellationToken);
            }
            else
            {
                await MoveAsync(queue, enrollment, plan, now, cancellationToken);
            }
        }

        return taken.Count;
    }

    private static Task<bool> MoveAsync(SendQueue queue, TakenEnrollment enrollment, IReadOnlyList<PlannedStep> plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var step = plan.FirstOrDefault(s => s.Order >= enrollment.StepOrder);
        if (step?.Type == StepType.Condition && enrollment.DueAt <= now)
        {
            return SequenceWalk.Holds(step.Condition, enrollment.Signals)
                ? queue.MoveAsync(enrollment.EnrollmentId, enrollment.LeaseId, SequenceWalk.Arrive(plan, step.Order + 1, now), null, now, cancellationToken)
                : queue.MoveAsync(enrollment.EnrollmentId, enrollment.LeaseId, StepPosition.Done(step.Order, now), $"condition_not_met:{step.Condition}", now, cancellationToken);
        }

        return queue.MoveAsync(enrollment.EnrollmentId, enrollment.LeaseId, SequenceWalk.Arrive(plan, enrollment.StepOrder, enrollment.DueAt), null, now, cancellationToken);
    }

    private async Task CopyWhileAsync(SendQueue queue, MessageLog log, CancellationToken sending, CancellationToken cancellationToken)
    {
        try
        {
            while (!sending.IsCancellationRequested)
            {
                await Task.Delay(OutcomeCopyInterval, clock, sending);
                await CopyOutcomesAsync(queue, log, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (sending.IsCancellationRequested)
        {
            // The round's sends are done; its last outcomes are copied after them.
        }
    }

    private async Task CopyOutcomesAsync(SendQueue queue, MessageLog log, CancellationToken cancellationToken)
    {
        try
        {
            var slots = await queue.LogSlotsAsync(LogSlotLimit, cancellationToken);
            if (slots.Count > 0)
            {
                await log.RecordAsync(slots, cancellationToken);
                await queue.ClearLogSlotsAsync(slots, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The slots stay and are copied by a later round; their leads wait for it before their next e-mail.
            LogContentUnavailable(logger, 0, exception);
        }
    }

    private ComposedEmail Compose(ClaimedEmail email)
    {
        var values = TemplateText.ValuesOf(email.To, email.Name, email.FirstName, email.LastName, email.Company, email.CustomFields);
        var token = unsubscribeTokens.Issue(new UnsubscribeTarget(email.TenantId, email.LeadId, email.CampaignId));
        var url = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/api/v1/unsubscribe/{token}";
        var thread = email.ThreadMessageId is { } first ? new EmailThread(first, email.ThreadSubject ?? string.Empty, email.LastMessageId ?? first) : null;
        return CampaignEmail.Compose(email.TemplateSubject, email.TemplateContent, email.SubjectOverride, values, thread, url, email.EmailId);
    }

    private static LoggedEmail ToLog(ClaimedEmail email, ComposedEmail composed) => new(
        email.EmailId, email.TenantId, email.CampaignId, email.StepId, email.StepOrder, email.LeadId, email.EnrollmentId, email.AccountId,
        email.MessageId, email.FromAddress, email.To, email.Attempts, composed.Subject, composed.TextBody, composed.Headers);

    /// <summary>Platform work in its own scope, acting in <paramref name="tenantId"/> when given (its secrets are that tenant's).</summary>
    private async Task<T> WithPlatformScopeAsync<T>(Guid? tenantId, Func<IMediator, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SessionRole>().UsePlatform();
        if (tenantId is { } tenant)
        {
            scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(null, tenant, []);
        }

        return await work(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sending engine is off: ConnectionStrings:Platform is not configured, or Sending:PollIntervalMilliseconds is not positive")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending engine: {Count} e-mails and steps handled")]
    private static partial void LogRound(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending engine round failed; retried at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording an e-mail's outcome failed; tried again")]
    private static partial void LogRecordRetry(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery of e-mail {EmailId} failed in the engine; it goes back unless it reached DATA")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid emailId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Content Database is unavailable; {Count} claimed e-mails go back unsent, outcomes wait in their slots")]
    private static partial void LogContentUnavailable(ILogger logger, int count, Exception exception);
}
