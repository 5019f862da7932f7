using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>
/// A lead in a campaign (<c>campaign_leads</c>): which step it is at, when that step is due and which mailbox writes
/// to it. Leads join campaigns in sets (the enrollment writer), so an enrollment is created in SQL, never one by one;
/// once it exists, its own methods move it.
/// </summary>
internal sealed class Enrollment : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    private Enrollment()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid LeadId { get; private set; }

    /// <summary>The lead, for its address and name (read with the enrollment in lists).</summary>
    public Lead Lead { get; private set; } = default!;

    public EnrollmentStatus Status { get; private set; } = EnrollmentStatus.Active;

    /// <summary>The step_order of the step the lead is at: the next one to run while the enrollment is active.</summary>
    public int CurrentStep { get; private set; }

    /// <summary>When the current step is due; the engine sends only within the campaign's schedule and caps.</summary>
    public DateTimeOffset? NextSendAt { get; private set; }

    public DateTimeOffset? LastSentAt { get; private set; }

    /// <summary>The mailbox chosen at the first e-mail, kept for the whole sequence so the thread stays in one inbox.</summary>
    public Guid? EmailAccountId { get; private set; }

    public string? StopReason { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>Holds the lead where it is until it is resumed; nothing is sent to it meanwhile.</summary>
    public void Pause(DateTimeOffset now)
    {
        CheckRule(new EnrollmentInStatusRule(this, "pause", EnrollmentStatus.Active));
        Status = EnrollmentStatus.Paused;
        Updated = now;
    }

    /// <summary>Goes on from the step it was at; a step that fell due while paused is due now.</summary>
    public void Resume(DateTimeOffset now)
    {
        CheckRule(new EnrollmentInStatusRule(this, "resume", EnrollmentStatus.Paused));
        Status = EnrollmentStatus.Active;
        NextSendAt = NextSendAt is { } due && due > now ? due : now;
        Updated = now;
    }
}

/// <summary>Where a lead stands in a campaign (<c>campaign_leads.status</c>), stored as its name.</summary>
internal sealed class EnrollmentStatus : NamedValue<EnrollmentStatus>
{
    public static readonly EnrollmentStatus Active = new("active");
    public static readonly EnrollmentStatus Paused = new("paused");
    public static readonly EnrollmentStatus Completed = new("completed");
    public static readonly EnrollmentStatus Stopped = new("stopped");
    public static readonly EnrollmentStatus Replied = new("replied");
    public static readonly EnrollmentStatus Bounced = new("bounced");
    public static readonly EnrollmentStatus Unsubscribed = new("unsubscribed");
    public static readonly EnrollmentStatus Failed = new("failed");

    private EnrollmentStatus(string name)
        : base(name)
    {
    }
}

/// <summary>Why an enrollment ended other than by finishing its sequence (<c>campaign_leads.stop_reason</c>).</summary>
internal static class StopReasons
{
    /// <summary>The address, or its domain, joined the tenant's suppression list.</summary>
    public const string Suppressed = "suppressed";

    /// <summary>The lead followed an unsubscribe link.</summary>
    public const string Unsubscribed = "unsubscribed";
}

/// <summary>An action allowed only from some statuses (409 enrollment-status-conflict otherwise).</summary>
internal sealed class EnrollmentInStatusRule(Enrollment enrollment, string action, EnrollmentStatus allowed) : IBusinessRule
{
    public string Code => "enrollment-status-conflict";

    public string Message => $"The lead is {enrollment.Status} in this campaign; only an {allowed} lead can {action}.";

    public bool IsBroken() => enrollment.Status != allowed;
}
