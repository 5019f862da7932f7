using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.GetSendingStatus;

/// <summary>Why the campaign is or is not sending right now, by the same rules the sending engine's claim applies.</summary>
public sealed record GetSendingStatusQuery(Guid Id) : IQuery<CampaignSendingDto>;

/// <summary>
/// <c>state</c>: <c>sending</c> (an e-mail may go now), <c>waiting</c> (sending, but held back: <c>reasons</c> say why),
/// <c>paused</c>, <c>not_started</c> (draft or scheduled) or <c>completed</c>. <c>nextSendAt</c>: when the next e-mail
/// may go as things stand; <c>dueLeads</c>: active leads due now; <c>sentToday</c> and <c>newLeadsToday</c>: the
/// campaign's own day (its schedule's time zone); <c>senders</c>: each mailbox it may use and what holds it back.
/// </summary>
public sealed record CampaignSendingDto(
    string State, IReadOnlyList<string> Reasons, DateTimeOffset? NextSendAt, int DueLeads, int SentToday, int NewLeadsToday,
    int? DailyLimit, int? DailyNewLeads, IReadOnlyList<SenderStatusDto> Senders);

/// <summary>A sender's day (<c>sentToday</c> of <c>dailyCap</c>, UTC), its pause after a failure and the error, whether its domain is verified.</summary>
public sealed record SenderStatusDto(
    Guid Id, string Email, string Status, int SentToday, int DailyCap, bool DomainVerified, DateTimeOffset? SendingPausedUntil, string? SendingError);

/// <summary>The values of <see cref="CampaignSendingDto.Reasons"/>.</summary>
public static class SendingReasons
{
    public const string Paused = "paused";
    public const string NotStarted = "not_started";
    public const string Completed = "completed";
    public const string OutsideSchedule = "outside_schedule";
    public const string CampaignDailyLimit = "campaign_daily_limit";
    public const string DailyNewLeadsLimit = "daily_new_leads_limit";
    public const string NoSenders = "no_senders";
    public const string AllSendersAtCap = "all_senders_at_cap";
    public const string SendersPaused = "senders_paused";
    public const string SenderDomainUnverified = "sender_domain_unverified";
    public const string SendersNotActive = "senders_not_active";
    public const string NoDueLeads = "no_due_leads";
}
