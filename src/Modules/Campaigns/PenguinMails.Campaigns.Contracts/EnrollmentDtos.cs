namespace PenguinMails.Campaigns.Contracts;

/// <summary>
/// A lead in a campaign. <c>currentStep</c> is the step it is at (the next to run while active), <c>nextSendAt</c>
/// when that step is due, <c>emailAccountId</c> the mailbox that writes to it (chosen at its first e-mail),
/// <c>stopReason</c> why it ended early. One lead's answer (not a list's) adds <c>messages</c>: every e-mail of the
/// campaign written to it, oldest first.
/// </summary>
public sealed record EnrollmentDto(
    Guid Id,
    Guid LeadId,
    string Email,
    string? Name,
    string Status,
    int CurrentStep,
    DateTimeOffset? NextSendAt,
    DateTimeOffset? LastSentAt,
    Guid? EmailAccountId,
    string? StopReason,
    DateTimeOffset Enrolled,
    DateTimeOffset Updated,
    IReadOnlyList<SentEmailDto>? Messages = null);

/// <summary>
/// An e-mail of a campaign to a lead, from the message log: its Message-ID, the step, <c>status</c> (sending, sent,
/// deferred, bounced, failed, unknown: the connection was lost after DATA and it is not sent again, not_sent), the
/// tries, the server's last reply and code, and when it was queued and accepted.
/// </summary>
public sealed record SentEmailDto(
    Guid Id, string MessageId, int Step, string Subject, string Status, int Attempts, string? SmtpReply, int? SmtpStatus,
    DateTimeOffset QueuedAt, DateTimeOffset? SentAt);

/// <summary>
/// What adding leads to a campaign did: every lead asked for is counted once, as added, already in the campaign,
/// skipped (with why) or not found (an id that is none of the tenant's leads).
/// </summary>
public sealed record EnrollmentResultDto(int Added, int AlreadyInCampaign, EnrollmentSkipsDto Skipped, int NotFound);

/// <summary>Leads not added because nobody may write to them: unsubscribed, bounced, or on the suppression list.</summary>
public sealed record EnrollmentSkipsDto(int Unsubscribed, int Bounced, int Suppressed);

/// <summary>Which leads to add: the leads of <c>status</c> (default: every status) whose address, name or company starts with <c>q</c>.</summary>
public sealed record EnrollmentFilter(string? Status = null, string? Q = null);

/// <summary>An address or a whole domain (<c>kind</c>) the tenant never writes to; <c>reason</c>: manual, unsubscribed, bounced.</summary>
public sealed record SuppressionDto(Guid Id, string Value, string Kind, string Reason, DateTimeOffset Created);

/// <summary>An unsubscribe done: the address that will not be written to again, and how many enrollments it stopped.</summary>
public sealed record UnsubscribedDto(string Email, int StoppedEnrollments);

/// <summary>The values of <see cref="EnrollmentDto.Status"/>.</summary>
public static class EnrollmentStatuses
{
    public static readonly IReadOnlyList<string> All = ["active", "paused", "completed", "stopped", "replied", "bounced", "unsubscribed", "failed"];
}
