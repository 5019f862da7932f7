using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Tenants.GetCurrentTenant;

namespace PenguinMails.Identity.Application.Tenants.GetCurrentTenant;

internal sealed class GetCurrentTenantQueryHandler(ICurrentTenant current, ITenantRepository tenants, IMapper mapper) : IRequestHandler<GetCurrentTenantQuery, TenantDto>
{
    public async Task<TenantDto> Handle(GetCurrentTenantQuery request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var tenant = await tenants.GetAsync(tenantId, cancellationToken);
        return tenant is { IsDeleted: false } ? mapper.Map<TenantDto>(tenant) : throw NotFoundException.For("tenant", tenantId);
    }
}
