using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

internal sealed partial class Campaign : ICreationOrdered
{
    public const int MaxNameLength = 200;

    private Campaign()
    {
    }

    public static Campaign Create(Guid tenantId, Guid companyId, string name, string? description, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        CompanyId = companyId,
        Name = name.Trim(),
        Description = description,
        Status = CampaignStatus.Draft,
        Created = now,
        Updated = now,
    };

    /// <summary>Whether its steps may change: only before it is scheduled, or while it is paused.</summary>
    public bool StepsEditable => Status is CampaignStatus.Draft or CampaignStatus.Paused;

    public void Change(Optional<string> name, Optional<string?> description, DateTimeOffset now)
    {
        Name = name.IsSet ? name.Value.Trim() : Name;
        Description = description.Or(Description);
        Updated = now;
    }

    public void MoveToCompany(Guid companyId, DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "move it to another company", CampaignStatus.Draft));
        CompanyId = companyId;
        Updated = now;
    }

    /// <summary>draft → scheduled, for a future time, with a sequence that can send (checked by <see cref="SequenceCanSendRule"/>).</summary>
    public void Schedule(DateTimeOffset at, IReadOnlyList<CampaignSequenceStep> steps, IReadOnlySet<Guid> sendingAccounts, DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "schedule it", CampaignStatus.Draft));
        CheckRule(new ScheduledInFutureRule(at, now));
        CheckRule(new SequenceCanSendRule(steps, sendingAccounts));
        Scheduled = at;
        Move(CampaignStatus.Scheduled, now);
    }

    public void Unschedule(DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "unschedule it", CampaignStatus.Scheduled));
        Scheduled = null;
        Move(CampaignStatus.Draft, now);
    }

    public void Start(DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "start it", CampaignStatus.Scheduled));
        Move(CampaignStatus.Sending, now);
    }

    public void Pause(DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "pause it", CampaignStatus.Sending));
        Move(CampaignStatus.Paused, now);
    }

    public void Resume(DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "resume it", CampaignStatus.Paused));
        Move(CampaignStatus.Sending, now);
    }

    public void Complete(DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "complete it", CampaignStatus.Sending, CampaignStatus.Paused));
        Completed = now;
        Move(CampaignStatus.Completed, now);
    }

    /// <summary>Refuses a change of steps unless the campaign is draft or paused.</summary>
    public void EnsureStepsEditable() => CheckRule(new CampaignInStatusRule(this, "change its steps", CampaignStatus.Draft, CampaignStatus.Paused));

    /// <summary>A campaign that may send at any moment is paused or completed before it is deleted.</summary>
    public void EnsureDeletable() => CheckRule(new CampaignInStatusRule(this, "delete it", CampaignStatus.Draft, CampaignStatus.Paused, CampaignStatus.Completed));

    private void Move(string status, DateTimeOffset now)
    {
        Status = status;
        Updated = now;
    }
}

internal static class CampaignStatus
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Paused = "paused";
    public const string Completed = "completed";

    public static readonly IReadOnlyList<string> All = [Draft, Scheduled, Sending, Paused, Completed];
}

/// <summary>An action allowed only from some statuses (409 campaign-status-conflict otherwise).</summary>
internal sealed class CampaignInStatusRule(Campaign campaign, string action, params string[] allowed) : IBusinessRule
{
    public string Code => "campaign-status-conflict";

    public string Message => $"The campaign is {campaign.Status}; to {action} it must be {string.Join(" or ", allowed)}.";

    public bool IsBroken() => !allowed.Contains(campaign.Status);
}

internal sealed class ScheduledInFutureRule(DateTimeOffset at, DateTimeOffset now) : IBusinessRule
{
    public string Code => "schedule-in-past";

    public string Message => "The scheduled time has passed; choose a time in the future.";

    public bool IsBroken() => at <= now;
}

/// <summary>At least one active email step, and every email step with a template and an active account of the tenant.</summary>
internal sealed class SequenceCanSendRule(IReadOnlyList<CampaignSequenceStep> steps, IReadOnlySet<Guid> sendingAccounts) : IBusinessRule
{
    public string Code => "sequence-cannot-send";

    public string Message =>
        !steps.Any(s => s.IsActive && s.StepType == StepType.Email)
            ? "The campaign needs at least one active email step before it is scheduled."
            : $"Email step {Broken()!.StepOrder} needs a template and an active e-mail account of this tenant.";

    public bool IsBroken() => !steps.Any(s => s.IsActive && s.StepType == StepType.Email) || Broken() is not null;

    private CampaignSequenceStep? Broken() => steps.Where(s => s.StepType == StepType.Email)
        .FirstOrDefault(s => s.TemplateId is null || s.EmailAccountId is not { } account || !sendingAccounts.Contains(account));
}
