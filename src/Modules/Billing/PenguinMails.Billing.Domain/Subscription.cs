using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Domain;

/// <summary>A row of <c>subscriptions</c>.</summary>
internal sealed class Subscription : Entity, IAggregateRoot, ITenantOwned
{
    private Subscription()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid? PendingPlanId { get; private set; }

    public SubscriptionStatus Status { get; private set; } = SubscriptionStatus.Active;

    public DateTimeOffset? CurrentPeriodStart { get; private set; }

    public DateTimeOffset? CurrentPeriodEnd { get; private set; }

    public bool CancelAtPeriodEnd { get; private set; }

    public Guid? BillingContactUserId { get; private set; }

    public string? StripeSubscriptionId { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>A tenant's first subscription: active on the plan from now, for one monthly period.</summary>
    public static Subscription Start(Guid tenantId, Plan plan, Guid? billingContactUserId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        PlanId = plan.Id,
        CurrentPeriodStart = now,
        CurrentPeriodEnd = now.AddMonths(1),
        CancelAtPeriodEnd = false,
        BillingContactUserId = billingContactUserId,
        Created = now,
        Updated = now,
    };

    public bool IsCurrent => Status != SubscriptionStatus.Canceled;

    /// <summary>
    /// Moves to <paramref name="target"/>: a plan that costs at least as much applies now (an upgrade); a cheaper one
    /// waits in <c>pending_plan_id</c> until the period ends (a downgrade). Choosing the current plan again drops a
    /// pending downgrade.
    /// </summary>
    public PlanChange ChangePlan(Plan current, Plan target, DateTimeOffset now)
    {
        CheckRule(new SubscriptionIsCurrentRule(this));
        CheckRule(new PlanIsActiveRule(target));
        Updated = now;
        if (target.Id == current.Id)
        {
            PendingPlanId = null;
            return PlanChange.Unchanged;
        }

        if (target.MonthlyPrice >= current.MonthlyPrice)
        {
            PlanId = target.Id;
            PendingPlanId = null;
            return PlanChange.Upgraded;
        }

        PendingPlanId = target.Id;
        return PlanChange.DowngradeScheduled;
    }

    public void CancelAtEndOfPeriod(DateTimeOffset now)
    {
        CheckRule(new SubscriptionIsCurrentRule(this));
        CancelAtPeriodEnd = true;
        Updated = now;
    }

    public void Resume(DateTimeOffset now)
    {
        CheckRule(new SubscriptionIsCurrentRule(this));
        CancelAtPeriodEnd = false;
        Updated = now;
    }

    public void SetBillingContact(Guid userId, DateTimeOffset now)
    {
        BillingContactUserId = userId;
        Updated = now;
    }

    public bool IsDueForRollOver(DateTimeOffset now) => IsCurrent && CurrentPeriodEnd is { } end && end <= now;

    /// <summary>
    /// The period ended: a subscription marked to cancel ends (<c>canceled</c>); otherwise a pending plan applies and
    /// the next period starts where the last one ended. One that was <c>past_due</c> when its period ended is <c>unpaid</c>.
    /// </summary>
    public void RollOver(DateTimeOffset now)
    {
        if (!IsDueForRollOver(now))
        {
            return;
        }

        Updated = now;
        if (CancelAtPeriodEnd)
        {
            Status = SubscriptionStatus.Canceled;
            PendingPlanId = null;
            return;
        }

        PlanId = PendingPlanId ?? PlanId;
        PendingPlanId = null;
        Status = Status == SubscriptionStatus.PastDue ? SubscriptionStatus.Unpaid : Status;
        CurrentPeriodStart = CurrentPeriodEnd;
        CurrentPeriodEnd = CurrentPeriodEnd!.Value.AddMonths(1);
    }

    /// <summary>A payment's outcome moves the status: a failure makes it past due, a success makes it active again.</summary>
    public void ApplyPaymentOutcome(PaymentStatus paymentStatus, DateTimeOffset now)
    {
        if (!IsCurrent)
        {
            return;
        }

        if (paymentStatus == PaymentStatus.Succeeded)
        {
            Status = SubscriptionStatus.Active;
        }
        else if (paymentStatus == PaymentStatus.Failed && Status != SubscriptionStatus.Unpaid)
        {
            Status = SubscriptionStatus.PastDue;
        }

        Updated = now;
    }
}

internal enum PlanChange
{
    Unchanged,
    Upgraded,
    DowngradeScheduled,
}

internal sealed class SubscriptionIsCurrentRule(Subscription subscription) : IBusinessRule
{
    public string Code => "subscription-canceled";

    public string Message => "The subscription has ended; it cannot be changed.";

    public bool IsBroken() => !subscription.IsCurrent;
}

internal sealed class PlanIsActiveRule(Plan plan) : IBusinessRule
{
    public string Code => "plan-inactive";

    public string Message => "That plan is no longer offered.";

    public bool IsBroken() => !plan.IsActive;
}

/// <summary>Where a subscription stands with its payments (<c>subscriptions.status</c>), stored as its name.</summary>
internal sealed class SubscriptionStatus : NamedValue<SubscriptionStatus>
{
    public static readonly SubscriptionStatus Active = new("active");
    public static readonly SubscriptionStatus PastDue = new("past_due");
    public static readonly SubscriptionStatus Canceled = new("canceled");
    public static readonly SubscriptionStatus Unpaid = new("unpaid");

    private SubscriptionStatus(string name)
        : base(name)
    {
    }
}
