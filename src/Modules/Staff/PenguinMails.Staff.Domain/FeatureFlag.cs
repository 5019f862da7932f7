using System.Security.Cryptography;
using System.Text;

namespace PenguinMails.Staff.Domain;

internal sealed partial class FeatureFlag
{
    private FeatureFlag()
    {
    }

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
