using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.UpdateCompany;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies.UpdateCompany;

internal sealed class UpdateCompanyCommandHandler(ICompanyRepository companies, IMapper mapper, TimeProvider clock) : IRequestHandler<UpdateCompanyCommand, CompanyDto>
{
    public async Task<CompanyDto> Handle(UpdateCompanyCommand request, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("company", request.Id);
        company.Change(new CompanyChange(request.Name, request.WorkspaceName, request.Status.Select(CompanyStatus.Of), request.LogoUrl, request.Industry, request.CompanySize), clock.GetUtcNow());
        return mapper.Map<CompanyDto>(company);
    }
}
