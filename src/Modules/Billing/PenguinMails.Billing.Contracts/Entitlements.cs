using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.Billing.Contracts;

/// <summary>The limits a plan sets, by the names the API reports them under.</summary>
public static class PlanLimit
{
    public const string Users = "users";
    public const string Domains = "domains";
    public const string EmailAccounts = "emailAccounts";
    public const string Warmups = "warmups";
    public const string Contacts = "contacts";
    public const string CampaignsPerMonth = "campaignsPerMonth";
    public const string EmailsPerMonth = "emailsPerMonth";

    public static readonly IReadOnlyList<string> All = [Users, Domains, EmailAccounts, Warmups, Contacts, CampaignsPerMonth, EmailsPerMonth];
}

public sealed record EntitlementsDto(string PlanSlug, IReadOnlyDictionary<string, int?> Limits, bool ApiAccess, int? ApiRateLimit)
{
    public int? Max(string limit) => Limits.TryGetValue(limit, out var max) ? max : null;

    /// <summary>Refuses adding <paramref name="adding"/> to <paramref name="current"/> past the limit: 403 plan-limit-exceeded.</summary>
    public void Ensure(string limit, int current, int adding = 1)
    {
        if (Max(limit) is { } max && current + adding > max)
        {
            throw new PlanLimitExceededException(limit, max, current);
        }
    }
}

/// <summary>
/// How much of one limit the current tenant uses now, implemented by the module that owns the counted rows
/// (Identity: users; Deliverability: domains, email accounts, warm-ups; Campaigns: contacts, campaigns this month).
/// </summary>
public interface IUsageCounter
{
    /// <summary>One of <see cref="PlanLimit"/>.</summary>
    string Limit { get; }

    Task<int> CountAsync(CancellationToken cancellationToken);
}
