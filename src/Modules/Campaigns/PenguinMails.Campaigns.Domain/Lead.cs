using System.Text.RegularExpressions;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>
/// A row of <c>leads</c>: an address and what a template may say to it (first and last name, company, the tenant's own
/// custom fields). A lead given a first or last name but no name gets "first last" as its name.
/// </summary>
internal sealed class Lead : Entity, IAggregateRoot, ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxCompanyLength = 200;
    public const int MaxPartNameLength = 100;

    private Lead()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Email { get; private set; } = default!;

    public string? Name { get; private set; }

    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    public string? Company { get; private set; }

    public Dictionary<string, string> CustomFields { get; private set; } = [];

    public LeadStatus Status { get; private set; } = LeadStatus.Active;

    public DateTimeOffset? Updated { get; private set; }

    public static Lead Create(Guid tenantId, string normalizedEmail, LeadDetails details, LeadStatus status, DateTimeOffset now)
    {
        var lead = new Lead
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Email = normalizedEmail,
            Name = Clean(details.Name),
            FirstName = Clean(details.FirstName),
            LastName = Clean(details.LastName),
            Company = Clean(details.Company),
            CustomFields = CustomField.Clean(details.CustomFields),
            Status = status,
            Updated = now,
        };
        lead.Name ??= lead.DerivedName();
        return lead;
    }

    /// <summary>Applies a PATCH: each field given is set (null clears it; custom fields are replaced as a whole).</summary>
    public void Change(LeadChange change, DateTimeOffset now)
    {
        Name = change.Name.IsSet ? Clean(change.Name.Value) : Name;
        FirstName = change.FirstName.IsSet ? Clean(change.FirstName.Value) : FirstName;
        LastName = change.LastName.IsSet ? Clean(change.LastName.Value) : LastName;
        Company = change.Company.IsSet ? Clean(change.Company.Value) : Company;
        CustomFields = change.CustomFields.IsSet ? CustomField.Clean(change.CustomFields.Value) : CustomFields;
        Status = change.Status.Or(Status);
        if (!change.Name.IsSet && (change.FirstName.IsSet || change.LastName.IsSet) && Name is null)
        {
            Name = DerivedName();
        }

        Updated = now;
    }

    /// <summary>The person asked not to be written to again; only a new status set by the tenant changes that.</summary>
    public void Unsubscribe(DateTimeOffset now)
    {
        Status = LeadStatus.Unsubscribed;
        Updated = now;
    }

    /// <summary>Blank text is no value.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string? DerivedName() => Clean(string.Join(' ', new[] { FirstName, LastName }.Where(n => n is not null)));
}

/// <summary>What a new lead says about the person (all optional).</summary>
internal sealed record LeadDetails(
    string? Name = null,
    string? FirstName = null,
    string? LastName = null,
    string? Company = null,
    IReadOnlyDictionary<string, string>? CustomFields = null);

/// <summary>A PATCH of a lead: each field sent is set; the others stay.</summary>
internal sealed record LeadChange(
    Optional<string?> Name = default,
    Optional<string?> FirstName = default,
    Optional<string?> LastName = default,
    Optional<string?> Company = default,
    Optional<IReadOnlyDictionary<string, string>?> CustomFields = default,
    Optional<LeadStatus> Status = default);

/// <summary>
/// A tenant's own lead field (<c>leads.custom_fields</c>): a name a template can say as <c>{{name}}</c> (a letter, then
/// letters, digits or underscores; not one of the lead's own fields) and a text value. Blank values are dropped.
/// </summary>
internal static partial class CustomField
{
    public const int MaxFields = 50;
    public const int MaxNameLength = 50;
    public const int MaxValueLength = 1000;

    /// <summary>The lead's own fields, which a custom field may not shadow (any case).</summary>
    public static readonly IReadOnlyList<string> Reserved = ["email", "name", "firstName", "lastName", "company", "status", "unsubscribeUrl"];

    public static bool IsValidName(string name) =>
        name.Length <= MaxNameLength && NamePattern().IsMatch(name) && !Reserved.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static Dictionary<string, string> Clean(IReadOnlyDictionary<string, string>? fields) =>
        fields?.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value.Trim(), StringComparer.Ordinal) ?? [];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.None, 100)]
    private static partial Regex NamePattern();
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
