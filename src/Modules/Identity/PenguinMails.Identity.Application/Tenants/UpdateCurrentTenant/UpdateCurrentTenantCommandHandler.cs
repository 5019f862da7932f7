using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Tenants.UpdateCurrentTenant;

namespace PenguinMails.Identity.Application.Tenants.UpdateCurrentTenant;

internal sealed class UpdateCurrentTenantCommandHandler(ICurrentTenant current, ITenantRepository tenants, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateCurrentTenantCommand, TenantDto>
{
    public async Task<TenantDto> Handle(UpdateCurrentTenantCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var tenant = await tenants.GetAsync(tenantId, cancellationToken);
        if (tenant is not { IsDeleted: false })
        {
            throw NotFoundException.For("tenant", tenantId);
        }

        if (request.Name is not null)
        {
            tenant.Rename(request.Name, clock.GetUtcNow());
        }

        return mapper.Map<TenantDto>(tenant);
    }
}
