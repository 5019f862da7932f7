namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// The per-scope caller behind <see cref="ICurrentUser"/> and <see cref="ICurrentTenant"/>. The host sets it
/// once per request; in-process callers (background services, tests) set it for their own scope.
/// </summary>
public sealed class RequestCaller : ICurrentUser, ICurrentTenant
{
    public Guid? UserId { get; private set; }

    public Guid? TenantId { get; private set; }

    public IReadOnlyCollection<string> Roles { get; private set; } = [];

    /// <summary>The API key the request came with, when it did (the caller then acts as the key's creator).</summary>
    public Guid? ApiKeyId { get; private set; }

    public void Set(Guid? userId, Guid? tenantId, IReadOnlyCollection<string> roles, Guid? apiKeyId = null)
    {
        UserId = userId;
        TenantId = tenantId;
        Roles = roles;
        ApiKeyId = apiKeyId;
    }
}
