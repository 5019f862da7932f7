using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Policies.GetPolicies;

namespace PenguinMails.Identity.Application.Policies.GetPolicies;

internal sealed class GetPoliciesQueryHandler(ICurrentTenant current, ITenantPoliciesRepository policies, IMapper mapper) : IRequestHandler<GetPoliciesQuery, TenantPoliciesDto>
{
    public async Task<TenantPoliciesDto> Handle(GetPoliciesQuery request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var row = await policies.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant", tenantId);
        return mapper.Map<TenantPoliciesDto>(row);
    }
}
