using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Policies.GetCompanyDefaults;

namespace PenguinMails.Identity.Application.Policies.GetCompanyDefaults;

internal sealed class GetCompanyDefaultsQueryHandler(ICurrentTenant current, ITenantPoliciesRepository policies)
    : IRequestHandler<GetCompanyDefaultsQuery, CompanyDefaultsDto>
{
    public async Task<CompanyDefaultsDto> Handle(GetCompanyDefaultsQuery request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var row = await policies.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant", tenantId);
        return new CompanyDefaultsDto(row.CompanyDefaultStatus);
    }
}
