namespace PenguinMails.Campaigns.Contracts;

/// <summary>
/// A campaign and how it sends: its <c>schedule</c> (local window), <c>dailyLimit</c> (e-mails a day, null: only the
/// senders' caps), <c>dailyNewLeads</c> (first e-mails a day), <c>emailAccountIds</c> (the senders it rotates through) and
/// its stop rules.
/// </summary>
public sealed record CampaignDto(
    Guid Id, Guid? CompanyId, string Name, string? Description, string Status, DateTimeOffset? Scheduled, DateTimeOffset? Completed,
    CampaignScheduleDto Schedule, int? DailyLimit, int? DailyNewLeads, IReadOnlyList<Guid> EmailAccountIds,
    bool StopOnReply, bool StopOnAutoReply, bool StopForCompany,
    DateTimeOffset Created, DateTimeOffset Updated);

/// <summary>
/// When a campaign sends: on <c>days</c> (ISO weekdays, 1 = Monday) from <c>start</c> up to <c>end</c> ("HH:MM", local
/// time in the IANA <c>timezone</c>); an end before the start runs past midnight.
/// </summary>
public sealed record CampaignScheduleDto(string Timezone, IReadOnlyList<int> Days, string Start, string End);

/// <summary>One step of a campaign's sequence; only the fields of its type are set. <c>executedCount</c> and <c>lastExecuted</c> are the sending engine's.</summary>
public sealed record CampaignStepDto(
    Guid Id, Guid? CampaignId, int StepOrder, string StepType, Guid? TemplateId, Guid? EmailAccountId, string? SubjectOverride, string? FromNameOverride,
    string? SendCondition, int? WaitDurationHours, DateTimeOffset? WaitUntilDate, string? ConditionType, string? ConditionValue, bool IsActive,
    int ExecutedCount, DateTimeOffset? LastExecuted, DateTimeOffset Created, DateTimeOffset Updated);

/// <summary>
/// A campaign's pre-flight check: <c>ready</c> when nothing is in the way. Each problem has a <c>code</c>:
/// <c>sequence-cannot-send</c> (no active email step, or one without a template or a sender that can send),
/// <c>no-leads</c> (no active or paused lead), <c>unknown-variable</c> (a template says <c>variable</c> without a
/// fallback, no lead field fills it, and <c>leads</c> of the campaign's leads have no custom field of that name).
/// </summary>
public sealed record CampaignPreflightDto(bool Ready, IReadOnlyList<PreflightProblemDto> Problems);

public sealed record PreflightProblemDto(string Code, string Message, int? StepOrder = null, string? Variable = null, int? Leads = null);
