using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Configuration.GetTenantConfig;

namespace PenguinMails.Workspace.Application.Configuration.GetTenantConfig;

internal sealed class GetTenantConfigQueryHandler(ICurrentTenant current, ITenantConfigRepository configs, IMapper mapper)
    : IRequestHandler<GetTenantConfigQuery, TenantConfigDto>
{
    public async Task<TenantConfigDto> Handle(GetTenantConfigQuery request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        return mapper.Map<TenantConfigDto>(await configs.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant configuration", tenantId));
    }
}
