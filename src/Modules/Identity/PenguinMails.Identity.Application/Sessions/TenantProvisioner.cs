using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Sessions;

/// <summary>
/// A new tenant with its owner: the tenant, its default policies and the owner's membership. The tenant raises
/// <see cref="TenantCreated"/>, on which every other module provisions its share inside the caller's transaction
/// (<c>AnnounceTenantCreatedHandler</c>).
/// </summary>
internal sealed class TenantProvisioner(
    ITenantRepository tenants,
    ITenantPoliciesRepository policies,
    IMembershipRepository memberships,
    ICallerContext caller,
    TimeProvider clock)
{
    public async Task<Tenant> ProvisionAsync(string name, User owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tenant = Tenant.Create(Guid.CreateVersion7(), name, owner.Id, now);
        tenants.Add(tenant);
        await caller.ActAsAsync(owner.Id, tenant.Id, [TenantRoles.Owner], cancellationToken);
        policies.Add(TenantPolicies.CreateDefault(tenant.Id, now));
        memberships.Add(TenantUser.Create(tenant.Id, owner.Id, owner.Email, [TenantRoles.Owner], now));
        return tenant;
    }
}
