using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>
/// A campaign (<c>campaigns</c>) and its sequence, which it owns: steps are added, redefined, removed and reordered
/// through it, only while it is draft or paused, and always numbered 1..n.
/// </summary>
internal sealed class Campaign : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    public const int MaxNameLength = 200;

    private readonly List<CampaignSequenceStep> _steps = [];
    private readonly List<CampaignSender> _senders = [];

    private Campaign()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid? CompanyId { get; private set; }

    public string Name { get; private set; } = default!;

    public string? Description { get; private set; }

    public CampaignStatus Status { get; private set; } = CampaignStatus.Draft;

    public DateTimeOffset? Scheduled { get; private set; }

    public DateTimeOffset? Completed { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>The local window the campaign sends in.</summary>
    public SendingWindow Window
    {
        get => new(ScheduleTimezone, [.. ScheduleDays.Select(d => (int)d)], ScheduleStart, ScheduleEnd);
        private set
        {
            ScheduleTimezone = value.TimeZone;
            ScheduleDays = [.. value.Days.Order().Select(d => (short)d)];
            ScheduleStart = value.Start;
            ScheduleEnd = value.End;
        }
    }

    /// <summary>E-mails per day for the whole campaign; null: only the senders' own caps.</summary>
    public int? DailyLimit { get; private set; }

    /// <summary>First e-mails (new leads started) per day; null: no cap of its own.</summary>
    public int? DailyNewLeads { get; private set; }

    public bool StopOnReply { get; private set; } = true;

    public bool StopOnAutoReply { get; private set; }

    /// <summary>A reply from any address of a lead's domain stops the campaign's other leads of that domain.</summary>
    public bool StopForCompany { get; private set; }

    /// <summary>E-mails sent on <see cref="CountedOn"/>, its own local day; the sending engine's claim keeps the count.</summary>
    public int SentToday { get; private set; }

    /// <summary>First e-mails sent on <see cref="CountedOn"/>.</summary>
    public int NewLeadsToday { get; private set; }

    public DateOnly? CountedOn { get; private set; }

    /// <summary>E-mails sent on the campaign's local day of <paramref name="now"/>.</summary>
    public int SentOnDayOf(DateTimeOffset now) => CountedOn == Window.LocalDay(now) ? SentToday : 0;

    /// <summary>First e-mails sent on the campaign's local day of <paramref name="now"/>.</summary>
    public int NewLeadsOnDayOf(DateTimeOffset now) => CountedOn == Window.LocalDay(now) ? NewLeadsToday : 0;

    /// <summary>The mailboxes the campaign rotates through, in order (always read with the campaign).</summary>
    public IReadOnlyList<Guid> SenderIds => [.. _senders.OrderBy(s => s.Position).Select(s => s.EmailAccountId)];

    /// <summary>Every account the campaign may send from: its rotation and the accounts its e-mail steps name.</summary>
    public IEnumerable<Guid> SendingAccountIds =>
        SenderIds.Concat(Steps.Where(s => s.StepType == StepType.Email && s.EmailAccountId is not null).Select(s => s.EmailAccountId!.Value)).Distinct();

    /// <summary>The sequence in order (loaded when the campaign is read with its steps).</summary>
    public IReadOnlyList<CampaignSequenceStep> Steps => [.. _steps.OrderBy(s => s.StepOrder)];

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

    /// <summary>Leads may join a campaign until it is completed.</summary>
    public void CheckAcceptsLeads() =>
        CheckRule(new CampaignInStatusRule(this, "add leads", CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Sending, CampaignStatus.Paused));

    /// <summary>Whether its steps may change: only before it is scheduled, or while it is paused.</summary>
    public bool StepsEditable => Status == CampaignStatus.Draft || Status == CampaignStatus.Paused;

    public void Change(Optional<string> name, Optional<string?> description, DateTimeOffset now)
    {
        Name = name.IsSet ? name.Value.Trim() : Name;
        Description = description.Or(Description);
        Updated = now;
    }

    /// <summary>Changes how the campaign sends (its window, caps, senders and stop rules): only while draft or paused.</summary>
    public void ChangeSending(SendingChange change, DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "change how it sends", CampaignStatus.Draft, CampaignStatus.Paused));
        Window = change.Window.Or(Window);
        DailyLimit = change.DailyLimit.Or(DailyLimit);
        DailyNewLeads = change.DailyNewLeads.Or(DailyNewLeads);
        StopOnReply = change.StopOnReply.Or(StopOnReply);
        StopOnAutoReply = change.StopOnAutoReply.Or(StopOnAutoReply);
        StopForCompany = change.StopForCompany.Or(StopForCompany);
        if (change.SenderIds.IsSet)
        {
            ReplaceSenders(change.SenderIds.Value);
        }

        Updated = now;
    }

    public void MoveToCompany(Guid companyId, DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "move it to another company", CampaignStatus.Draft));
        CompanyId = companyId;
        Updated = now;
    }

    /// <summary>draft → scheduled, for a future time, with a sequence that can send (checked by <see cref="SequenceCanSendRule"/>).</summary>
    public void Schedule(DateTimeOffset at, IReadOnlySet<Guid> sendingAccounts, DateTimeOffset now)
    {
        CheckRule(new CampaignInStatusRule(this, "schedule it", CampaignStatus.Draft));
        CheckRule(new ScheduledInFutureRule(at, now));
        CheckRule(SequenceRule(sendingAccounts));
        Scheduled = at;
        Move(CampaignStatus.Scheduled, now);
    }

    /// <summary>Whether the sequence can send through <paramref name="sendingAccounts"/> (the accounts that can send now).</summary>
    public IBusinessRule SequenceRule(IReadOnlySet<Guid> sendingAccounts) =>
        new SequenceCanSendRule(Steps, [.. SenderIds.Where(sendingAccounts.Contains)], sendingAccounts);

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

    /// <summary>A new step at <paramref name="position"/> (1-based; past the end, or none, appends); later steps move down one.</summary>
    public CampaignSequenceStep AddStep(StepDefinition definition, int? position, DateTimeOffset now)
    {
        EnsureStepsEditable();
        var at = Math.Min(position ?? _steps.Count + 1, _steps.Count + 1);
        foreach (var later in _steps.Where(s => s.StepOrder >= at))
        {
            later.MoveTo(later.StepOrder + 1, now);
        }

        var step = CampaignSequenceStep.Create(this, at, definition, now);
        _steps.Add(step);
        return step;
    }

    public CampaignSequenceStep? FindStep(Guid stepId) => _steps.SingleOrDefault(s => s.Id == stepId);

    public void RedefineStep(CampaignSequenceStep step, StepDefinition definition, DateTimeOffset now)
    {
        EnsureStepsEditable();
        step.Define(definition, now);
    }

    /// <summary>Removes the step; the steps after it close the gap.</summary>
    public void RemoveStep(CampaignSequenceStep step, DateTimeOffset now)
    {
        EnsureStepsEditable();
        _steps.Remove(step);
        Renumber(Steps, now);
    }

    /// <summary>Puts the steps in the order given, which names each of them once.</summary>
    public void ReorderSteps(IReadOnlyList<Guid> stepIds, DateTimeOffset now)
    {
        EnsureStepsEditable();
        CheckRule(new OrderNamesEveryStepOnceRule(_steps, stepIds));
        Renumber([.. stepIds.Select(id => _steps.Single(s => s.Id == id))], now);
    }

    /// <summary>Whether <paramref name="stepIds"/> names every step of the campaign exactly once.</summary>
    public bool NamesEveryStepOnce(IReadOnlyList<Guid> stepIds) => !new OrderNamesEveryStepOnceRule(_steps, stepIds).IsBroken();

    /// <summary>A campaign that may send at any moment is paused or completed before it is deleted.</summary>
    public void EnsureDeletable() => CheckRule(new CampaignInStatusRule(this, "delete it", CampaignStatus.Draft, CampaignStatus.Paused, CampaignStatus.Completed));

    private static void Renumber(IEnumerable<CampaignSequenceStep> inOrder, DateTimeOffset now)
    {
        var order = 1;
        foreach (var step in inOrder)
        {
            step.MoveTo(order++, now);
        }
    }

    // Kept rows keep their identity (same key), so only the difference is written.
    private void ReplaceSenders(IReadOnlyList<Guid> senderIds)
    {
        _senders.RemoveAll(s => !senderIds.Contains(s.EmailAccountId));
        for (var position = 0; position < senderIds.Count; position++)
        {
            var accountId = senderIds[position];
            if (_senders.SingleOrDefault(s => s.EmailAccountId == accountId) is { } kept)
            {
                kept.MoveTo(position);
            }
            else
            {
                _senders.Add(CampaignSender.Create(this, accountId, position));
            }
        }
    }

    // The window's columns (schedule_*), which the sending engine's SQL reads.
    private string ScheduleTimezone { get; set; } = SendingWindow.Default.TimeZone;

    private short[] ScheduleDays { get; set; } = [.. SendingWindow.Default.Days.Select(d => (short)d)];

    private TimeOnly ScheduleStart { get; set; } = SendingWindow.Default.Start;

    private TimeOnly ScheduleEnd { get; set; } = SendingWindow.Default.End;

    private void Move(CampaignStatus status, DateTimeOffset now)
    {
        Status = status;
        Updated = now;
    }
}

/// <summary>Where a campaign is in its life: one of five values, stored as its name (<c>campaigns.status</c>).</summary>
internal sealed class CampaignStatus : NamedValue<CampaignStatus>
{
    public static readonly CampaignStatus Draft = new("draft");
    public static readonly CampaignStatus Scheduled = new("scheduled");
    public static readonly CampaignStatus Sending = new("sending");
    public static readonly CampaignStatus Paused = new("paused");
    public static readonly CampaignStatus Completed = new("completed");

    private CampaignStatus(string name)
        : base(name)
    {
    }
}

/// <summary>An action allowed only from some statuses (409 campaign-status-conflict otherwise).</summary>
internal sealed class CampaignInStatusRule(Campaign campaign, string action, params CampaignStatus[] allowed) : IBusinessRule
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

/// <summary>
/// At least one active email step, and every email step with a template and a mailbox that can send: its own account,
/// active and of the tenant, or else one of the campaign's senders that is.
/// </summary>
internal sealed class SequenceCanSendRule(IReadOnlyList<CampaignSequenceStep> steps, IReadOnlyList<Guid> sendingSenders, IReadOnlySet<Guid> sendingAccounts) : IBusinessRule
{
    public string Code => "sequence-cannot-send";

    public string Message =>
        !steps.Any(s => s.IsActive && s.StepType == StepType.Email)
            ? "The campaign needs at least one active email step before it is scheduled."
            : $"Email step {Broken()!.StepOrder} needs a template and an active e-mail account of this tenant (its own, or one of the campaign's senders).";

    public bool IsBroken() => !steps.Any(s => s.IsActive && s.StepType == StepType.Email) || Broken() is not null;

    private CampaignSequenceStep? Broken() => steps.Where(s => s.StepType == StepType.Email)
        .FirstOrDefault(s => s.TemplateId is null || (s.EmailAccountId is { } account ? !sendingAccounts.Contains(account) : sendingSenders.Count == 0));
}

/// <summary>A new order of the steps names each of them exactly once.</summary>
internal sealed class OrderNamesEveryStepOnceRule(IReadOnlyCollection<CampaignSequenceStep> steps, IReadOnlyList<Guid> stepIds) : IBusinessRule
{
    public string Code => "step-order-incomplete";

    public string Message => $"Name every step of the campaign exactly once ({steps.Count} steps).";

    public bool IsBroken() => stepIds.Count != steps.Count || stepIds.Distinct().Count() != stepIds.Count || steps.Any(s => !stepIds.Contains(s.Id));
}

/// <summary>A mailbox a campaign rotates through (<c>campaign_senders</c>), at its place in the rotation.</summary>
internal sealed class CampaignSender : Entity, ITenantOwned
{
    private CampaignSender()
    {
    }

    public Guid TenantId { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid EmailAccountId { get; private set; }

    public int Position { get; private set; }

    public static CampaignSender Create(Campaign campaign, Guid emailAccountId, int position) =>
        new() { TenantId = campaign.TenantId, CampaignId = campaign.Id, EmailAccountId = emailAccountId, Position = position };

    public void MoveTo(int position) => Position = position;
}

/// <summary>
/// When a campaign sends: on these ISO weekdays (1 = Monday), from <paramref name="Start"/> up to
/// <paramref name="End"/> local time in <paramref name="TimeZone"/> (IANA); an end before the start runs past midnight.
/// </summary>
internal sealed record SendingWindow(string TimeZone, IReadOnlyList<int> Days, TimeOnly Start, TimeOnly End)
{
    public static readonly SendingWindow Default = new("UTC", [1, 2, 3, 4, 5], new TimeOnly(9, 0), new TimeOnly(17, 0));

    /// <summary>An IANA zone this machine knows (its tz database).</summary>
    public static bool IsKnownTimeZone(string zone) => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId;

    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>Whether the window is open at <paramref name="instant"/>: the same test the sending engine's claim makes in SQL.</summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var local = Local(instant);
        var time = TimeOnly.FromDateTime(local);
        var day = local.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)local.DayOfWeek;
        return Days.Contains(day) && (Start < End ? time >= Start && time < End : time >= Start || time < End);
    }

    /// <summary>The first instant from <paramref name="from"/> on when the window is open (within the coming week).</summary>
    public DateTimeOffset NextOpening(DateTimeOffset from)
    {
        if (IsOpenAt(from))
        {
            return from;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var local = Local(from);
        for (var offset = 0; offset <= 7; offset++)
        {
            var candidate = DateTime.SpecifyKind(DateOnly.FromDateTime(local).AddDays(offset).ToDateTime(Start), DateTimeKind.Unspecified);
            var instant = new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
            if (instant > from && IsOpenAt(instant))
            {
                return instant;
            }
        }

        return from;
    }

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime;
}

/// <summary>A PATCH of how a campaign sends: each field sent is set (null clears a cap); the others stay.</summary>
internal sealed record SendingChange(
    Optional<SendingWindow> Window = default,
    Optional<int?> DailyLimit = default,
    Optional<int?> DailyNewLeads = default,
    Optional<IReadOnlyList<Guid>> SenderIds = default,
    Optional<bool> StopOnReply = default,
    Optional<bool> StopOnAutoReply = default,
    Optional<bool> StopForCompany = default);
