using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Contracts.Policies.GetCompanyDefaults;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.CreateCompany;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies.CreateCompany;

/// <summary>A workspace name taken anywhere on the platform is refused by its unique index at commit (409 workspace-name-taken).</summary>
internal sealed class CreateCompanyCommandHandler(ICurrentTenant current, ICompanyRepository companies, IMediator mediator, IMapper mapper, TimeProvider clock)
    : IRequestHandler<CreateCompanyCommand, CompanyDto>
{
    public async Task<CompanyDto> Handle(CreateCompanyCommand request, CancellationToken cancellationToken)
    {
        var status = request.Status ?? (await mediator.Send(new GetCompanyDefaultsQuery(), cancellationToken)).DefaultStatus;
        var details = new CompanyDetails(request.Name, CompanyStatus.Of(status), request.LogoUrl, request.Industry, request.CompanySize);
        var company = Company.Create(current.RequireTenantId(), details, request.WorkspaceName ?? Company.GenerateWorkspaceName(request.Name), clock.GetUtcNow());
        companies.Add(company);
        return mapper.Map<CompanyDto>(company);
    }
}
