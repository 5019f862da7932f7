using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Domain;

/// <summary>A plan of the catalogue (<c>plans</c>): its limits, features and prices.</summary>
internal sealed class Plan : Entity, IAggregateRoot
{
    private Plan()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = default!;

    public string Slug { get; private set; } = default!;

    public string? Description { get; private set; }

    public int? MaxUsers { get; private set; }

    public int? MaxDomains { get; private set; }

    public int? MaxCampaignsPerMonth { get; private set; }

    public int? ApiRateLimit { get; private set; }

    public int? MaxEmailAccounts { get; private set; }

    public int? MaxEmailsPerMonth { get; private set; }

    public int? MaxWarmups { get; private set; }

    public int? MaxContacts { get; private set; }

    public int? MaxStorageGb { get; private set; }

    public bool ApiAccess { get; private set; }

    public bool PrioritySupport { get; private set; }

    public bool AdvancedAnalytics { get; private set; }

    public bool WhiteLabel { get; private set; }

    public int? PriceMonthly { get; private set; }

    public int? PriceYearly { get; private set; }

    public string? Notes { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static Plan Create(PlanTerms terms, DateTimeOffset now)
    {
        var plan = new Plan { Id = Guid.CreateVersion7(), IsActive = true, Created = now };
        plan.Apply(terms, now);
        return plan;
    }

    public PlanTerms Terms => new(Name, Slug, Description, MaxUsers, MaxDomains, MaxCampaignsPerMonth, ApiRateLimit, MaxEmailAccounts,
        MaxEmailsPerMonth, MaxWarmups, MaxContacts, MaxStorageGb, ApiAccess, PrioritySupport, AdvancedAnalytics, WhiteLabel, PriceMonthly, PriceYearly, Notes);

    /// <summary>New terms apply to every subscription on the plan from now; prices from the next charge.</summary>
    public void Revise(PlanTerms terms, DateTimeOffset now) => Apply(terms, now);

    /// <summary>A deactivated plan is no longer offered; tenants already on it keep it until they change.</summary>
    public void SetActive(bool active, DateTimeOffset now)
    {
        IsActive = active;
        Updated = now;
    }

    private void Apply(PlanTerms t, DateTimeOffset now)
    {
        (Name, Slug, Description, MaxUsers, MaxDomains, MaxCampaignsPerMonth, ApiRateLimit, MaxEmailAccounts) =
            (t.Name.Trim(), t.Slug.Trim().ToLowerInvariant(), t.Description, t.MaxUsers, t.MaxDomains, t.MaxCampaignsPerMonth, t.ApiRateLimit, t.MaxEmailAccounts);
        (MaxEmailsPerMonth, MaxWarmups, MaxContacts, MaxStorageGb, ApiAccess, PrioritySupport, AdvancedAnalytics, WhiteLabel) =
            (t.MaxEmailsPerMonth, t.MaxWarmups, t.MaxContacts, t.MaxStorageGb, t.ApiAccess, t.PrioritySupport, t.AdvancedAnalytics, t.WhiteLabel);
        (PriceMonthly, PriceYearly, Notes) = (t.PriceMonthly, t.PriceYearly, t.Notes);
        Updated = now;
    }

    /// <summary>The monthly price in cents; a plan without one is free.</summary>
    public int MonthlyPrice => PriceMonthly ?? 0;
}
