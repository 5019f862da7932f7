using MediatR;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Sessions;

/// <summary>
/// A new tenant with its owner: the tenant, its default policies and the owner's membership, saved, then every
/// other module's share through <see cref="TenantCreatedNotification"/>, all inside the caller's transaction.
/// </summary>
internal sealed class TenantProvisioner(
    ITenantRepository tenants,
    ITenantPoliciesRepository policies,
    IMembershipRepository memberships,
    ICallerContext caller,
    IUnitOfWork unitOfWork,
    IMediator mediator,
    TimeProvider clock)
{
    public async Task<Tenant> ProvisionAsync(string name, User owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tenant = Tenant.Create(Guid.CreateVersion7(), name, now);
        tenants.Add(tenant);
        await caller.ActAsAsync(owner.Id, tenant.Id, [TenantRoles.Owner], cancellationToken);
        policies.Add(TenantPolicies.CreateDefault(tenant.Id, now));
        memberships.Add(TenantUser.Create(tenant.Id, owner.Id, owner.Email!, [TenantRoles.Owner], now));

        // Other modules' rows reference the tenant: it must be written before they are.
        await unitOfWork.FlushAsync(cancellationToken);
        await mediator.Publish(new TenantCreatedNotification(tenant.Id, tenant.Name!, owner.Id), cancellationToken);
        return tenant;
    }
}
