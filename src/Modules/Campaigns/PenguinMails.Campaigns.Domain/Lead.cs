using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>A row of <c>leads</c>.</summary>
internal sealed class Lead : Entity, IAggregateRoot, ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxCompanyLength = 200;

    private Lead()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Email { get; private set; } = default!;

    public string? Name { get; private set; }

    public string? Company { get; private set; }

    public LeadStatus Status { get; private set; } = LeadStatus.Active;

    public DateTimeOffset? Updated { get; private set; }

    public static Lead Create(Guid tenantId, string normalizedEmail, string? name, string? company, LeadStatus status, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Email = normalizedEmail,
        Name = Clean(name),
        Company = Clean(company),
        Status = status,
        Updated = now,
    };

    /// <summary>Applies a PATCH: each field given is set (null clears name or company).</summary>
    public void Change(Optional<string?> name, Optional<string?> company, Optional<LeadStatus> status, DateTimeOffset now)
    {
        Name = name.IsSet ? Clean(name.Value) : Name;
        Company = company.IsSet ? Clean(company.Value) : Company;
        Status = status.Or(Status);
        Updated = now;
    }

    /// <summary>Blank text is no value.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Where a lead stands with the tenant's outreach (<c>leads.status</c>), stored as its name.</summary>
internal sealed class LeadStatus : NamedValue<LeadStatus>
{
    public static readonly LeadStatus Active = new("active");
    public static readonly LeadStatus Unsubscribed = new("unsubscribed");
    public static readonly LeadStatus Bounced = new("bounced");
    public static readonly LeadStatus Replied = new("replied");
    public static readonly LeadStatus Interested = new("interested");
    public static readonly LeadStatus NotInterested = new("not_interested");

    private LeadStatus(string name)
        : base(name)
    {
    }
}

/// <summary>A lead's address as stored: trimmed and lower-cased.</summary>
internal static class LeadEmail
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>One @, a local part without spaces or brackets, a dotted domain of letters, digits and hyphens.</summary>
    public static bool IsValid(string normalized)
    {
        if (normalized.Length is < 3 or > MaxLength)
        {
            return false;
        }

        var at = normalized.IndexOf('@');
        if (at <= 0 || at > 64 || at != normalized.LastIndexOf('@') || at == normalized.Length - 1)
        {
            return false;
        }

        foreach (var c in normalized.AsSpan(0, at))
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '\\' or '"' or '[' or ']')
            {
                return false;
            }
        }

        var domain = normalized.AsSpan(at + 1);
        if (domain.IndexOf('.') <= 0 || domain[^1] == '.')
        {
            return false;
        }

        foreach (var label in domain.ToString().Split('.'))
        {
            if (label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-') || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c > 127))
            {
                return false;
            }
        }

        return true;
    }
}
