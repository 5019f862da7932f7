using PenguinMails.Billing.Contracts;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;

namespace PenguinMails.Identity.Infrastructure.Billing;

/// <summary>The current tenant's seats for <c>max_users</c>: active members plus invitations still open or awaiting approval.</summary>
internal sealed class UserUsage(ICurrentTenant tenant, IMembershipRepository memberships, TimeProvider clock) : IUsageCounter
{
    public string Limit => PlanLimit.Users;

    public Task<int> CountAsync(CancellationToken cancellationToken) => memberships.CountSeatsAsync(tenant.RequireTenantId(), clock.GetUtcNow(), cancellationToken);
}
