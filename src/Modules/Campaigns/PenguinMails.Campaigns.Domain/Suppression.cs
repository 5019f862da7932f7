using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>
/// An address, or a whole domain, the tenant never writes to (<c>suppressions</c>), whatever campaign asks: added by
/// hand, by an unsubscribe or by a hard bounce.
/// </summary>
internal sealed class Suppression : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    private Suppression()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The address, or the domain without an '@', lower-cased.</summary>
    public string Value { get; private set; } = default!;

    public SuppressionKind Kind { get; private set; } = SuppressionKind.Address;

    public SuppressionReason Reason { get; private set; } = SuppressionReason.Manual;

    public DateTimeOffset Created { get; private set; }

    /// <param name="value">An address or a domain as <see cref="SuppressionValue.Normalize"/> left it.</param>
    public static Suppression Create(Guid tenantId, string value, SuppressionReason reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Value = value,
        Kind = SuppressionValue.KindOf(value),
        Reason = reason,
        Created = now,
    };
}

internal sealed class SuppressionKind : NamedValue<SuppressionKind>
{
    public static readonly SuppressionKind Address = new("address");
    public static readonly SuppressionKind Domain = new("domain");

    private SuppressionKind(string name)
        : base(name)
    {
    }
}

internal sealed class SuppressionReason : NamedValue<SuppressionReason>
{
    public static readonly SuppressionReason Manual = new("manual");
    public static readonly SuppressionReason Unsubscribed = new("unsubscribed");
    public static readonly SuppressionReason Bounced = new("bounced");

    private SuppressionReason(string name)
        : base(name)
    {
    }
}

/// <summary>What a suppression may name: an address as leads store it, or a domain ("example.com", "@example.com").</summary>
internal static class SuppressionValue
{
    public const int MaxLength = 255;

    public static string Normalize(string value)
    {
        var trimmed = value.Trim().ToLowerInvariant();
        return trimmed.StartsWith('@') ? trimmed[1..] : trimmed;
    }

    public static SuppressionKind KindOf(string normalized) => normalized.Contains('@') ? SuppressionKind.Address : SuppressionKind.Domain;

    public static bool IsValid(string normalized) =>
        normalized.Length is >= 3 and <= MaxLength
        && (normalized.Contains('@') ? LeadEmail.IsValid(normalized) : LeadEmail.IsValid("x@" + normalized));
}
