
namespace PenguinMails.Billing.Domain;

/// <summary>What a plan offers: limits (null is unlimited), features, and prices in cents.</summary>
internal sealed record PlanTerms(
    string Name,
    string Slug,
    string? Description = null,
    int? MaxUsers = null,
    int? MaxDomains = null,
    int? MaxCampaignsPerMonth = null,
    int? ApiRateLimit = null,
    int? MaxEmailAccounts = null,
    int? MaxEmailsPerMonth = null,
    int? MaxWarmups = null,
    int? MaxContacts = null,
    int? MaxStorageGb = null,
    bool ApiAccess = false,
    bool PrioritySupport = false,
    bool AdvancedAnalytics = false,
    bool WhiteLabel = false,
    int? PriceMonthly = null,
    int? PriceYearly = null,
    string? Notes = null);

internal sealed partial class Plan
{
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
}
