using System.Security.Cryptography;
using System.Text;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Domain;

/// <summary>A row of <c>feature_flags</c>.</summary>
internal sealed class FeatureFlag : Entity, IAggregateRoot
{
    private FeatureFlag()
    {
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = default!;

    public string? Description { get; private set; }

    public bool IsEnabled { get; private set; }

    public int RolloutPercentage { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static FeatureFlag Create(string key, string? description, bool isEnabled, int rolloutPercentage, Guid updatedBy, DateTimeOffset now)
    {
        var flag = new FeatureFlag { Id = Guid.CreateVersion7(), Key = key };
        flag.Change(description, isEnabled, rolloutPercentage, updatedBy, now);
        return flag;
    }

    public void Change(string? description, bool isEnabled, int rolloutPercentage, Guid updatedBy, DateTimeOffset now)
    {
        Description = description;
        IsEnabled = isEnabled;
        RolloutPercentage = rolloutPercentage;
        UpdatedBy = updatedBy;
        Updated = now;
    }

    /// <summary>On for a tenant when enabled and the tenant's bucket falls below the roll-out percentage.</summary>
    public bool IsOnFor(Guid tenantId) => IsEnabled && Bucket(Key, tenantId) < RolloutPercentage;

    /// <summary>
    /// A stable bucket 0–99 for (flag, tenant): SHA-256, so it is the same on every instance and after every restart
    /// (string.GetHashCode is randomized per process). A tenant's bucket never moves, so raising the percentage
    /// only ever turns tenants on.
    /// </summary>
    public static int Bucket(string key, Guid tenantId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{key}:{tenantId:D}"), hash);
        return (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash) % 100);
    }
}
