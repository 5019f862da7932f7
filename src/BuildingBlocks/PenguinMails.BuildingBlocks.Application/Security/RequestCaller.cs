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

    public void Set(Guid? userId, Guid? tenantId, IReadOnlyCollection<string> roles)
    {
        UserId = userId;
        TenantId = tenantId;
        Roles = roles;
    }
}
