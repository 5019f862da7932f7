namespace PenguinMails.Workspace.Domain;

public sealed partial class TenantConfig
{
    private TenantConfig()
    {
    }

    /// <summary>A new tenant's configuration: the seed's defaults, nothing chosen yet.</summary>
    public static TenantConfig CreateDefault(Guid tenantId, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Created = now,
        Updated = now,
    };
}
