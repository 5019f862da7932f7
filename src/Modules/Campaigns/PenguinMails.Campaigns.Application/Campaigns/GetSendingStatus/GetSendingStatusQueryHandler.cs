using MediatR;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Contracts.Campaigns.GetSendingStatus;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetSenders;

namespace PenguinMails.Campaigns.Application.Campaigns.GetSendingStatus;

/// <summary>
/// Each reason is one of the claim's conditions (SendQueue.ClaimAsync) read back: the window, the campaign's limits,
/// and for the senders their status, pause, domain and cap. A campaign is <c>sending</c> only when none holds it back.
/// </summary>
internal sealed class GetSendingStatusQueryHandler(ICampaignRepository campaigns, IEnrollmentRepository enrollments, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetSendingStatusQuery, CampaignSendingDto>
{
    public async Task<CampaignSendingDto> Handle(GetSendingStatusQuery request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireAsync(request.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var (dueLeads, nextDue) = await enrollments.DueAsync(campaign.Id, now, cancellationToken);
        var senders = await SendersAsync(campaign, cancellationToken);
        var reasons = new List<string>();
        DateTimeOffset? nextSendAt = nextDue is { } due ? (due > now ? due : now) : null;
        string state;
        if (campaign.Status == CampaignStatus.Sending)
        {
            ReasonsOfSending(campaign, now, dueLeads, senders, reasons, ref nextSendAt);
            state = reasons.Count == 0 ? "sending" : "waiting";
        }
        else
        {
            (state, var reason) = campaign.Status == CampaignStatus.Paused ? ("paused", SendingReasons.Paused)
                : campaign.Status == CampaignStatus.Completed ? ("completed", SendingReasons.Completed)
                : ("not_started", SendingReasons.NotStarted);
            reasons.Add(reason);
            nextSendAt = campaign.Status == CampaignStatus.Scheduled ? campaign.Scheduled : null;
        }

        return new CampaignSendingDto(state, reasons, nextSendAt, dueLeads, campaign.SentOnDayOf(now), campaign.NewLeadsOnDayOf(now),
            campaign.DailyLimit, campaign.DailyNewLeads, senders);
    }

    private static void ReasonsOfSending(Campaign campaign, DateTimeOffset now, int dueLeads, IReadOnlyList<SenderStatusDto> senders, List<string> reasons, ref DateTimeOffset? nextSendAt)
    {
        if (!campaign.Window.IsOpenAt(now))
        {
            reasons.Add(SendingReasons.OutsideSchedule);
            nextSendAt = campaign.Window.NextOpening(nextSendAt ?? now);
        }

        if (campaign.DailyLimit is { } limit && campaign.SentOnDayOf(now) >= limit)
        {
            reasons.Add(SendingReasons.CampaignDailyLimit);
        }

        if (campaign.DailyNewLeads is { } newLeads && campaign.NewLeadsOnDayOf(now) >= newLeads)
        {
            reasons.Add(SendingReasons.DailyNewLeadsLimit);
        }

        if (senders.Count == 0)
        {
            reasons.Add(SendingReasons.NoSenders);
        }
        else if (!senders.Any(s => CanSend(s, now)))
        {
            AddIf(reasons, senders.Any(s => s.Status is not (EmailAccountStatuses.Active or EmailAccountStatuses.Warming)), SendingReasons.SendersNotActive);
            AddIf(reasons, senders.Any(s => s.SendingPausedUntil > now), SendingReasons.SendersPaused);
            AddIf(reasons, senders.Any(s => !s.DomainVerified), SendingReasons.SenderDomainUnverified);
            AddIf(reasons, senders.Any(s => s.SentToday >= s.DailyCap), SendingReasons.AllSendersAtCap);
        }

        if (dueLeads == 0)
        {
            reasons.Add(SendingReasons.NoDueLeads);
        }
    }

    private static bool CanSend(SenderStatusDto sender, DateTimeOffset now) =>
        sender.Status is EmailAccountStatuses.Active or EmailAccountStatuses.Warming && !(sender.SendingPausedUntil > now)
        && sender.DomainVerified && sender.SentToday < sender.DailyCap;

    private static void AddIf(List<string> reasons, bool holds, string reason)
    {
        if (holds)
        {
            reasons.Add(reason);
        }
    }

    /// <summary>The campaign's rotation and the accounts its e-mail steps name, as this tenant sees them, in one read.</summary>
    private async Task<IReadOnlyList<SenderStatusDto>> SendersAsync(Campaign campaign, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new GetSendersQuery([.. campaign.SendingAccountIds]), cancellationToken)).Select(s => new SenderStatusDto(
            s.Id, s.Email, s.Status, s.DailyCount, s.DailySendCap, s.DomainVerified, s.SendingPausedUntil, s.SendingError))];
}
