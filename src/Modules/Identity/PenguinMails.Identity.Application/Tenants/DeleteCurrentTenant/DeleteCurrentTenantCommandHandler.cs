using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts.Tenants.DeleteCurrentTenant;

namespace PenguinMails.Identity.Application.Tenants.DeleteCurrentTenant;

internal sealed class DeleteCurrentTenantCommandHandler(ICurrentTenant current, ITenantRepository tenants, TimeProvider clock)
    : IRequestHandler<DeleteCurrentTenantCommand, Unit>
{
    public async Task<Unit> Handle(DeleteCurrentTenantCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var tenant = await tenants.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant", tenantId);
        tenant.Delete(clock.GetUtcNow());

        return Unit.Value;
    }
}
