using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.GetCompany;

namespace PenguinMails.Workspace.Application.Companies.GetCompany;

internal sealed class GetCompanyQueryHandler(ICompanyRepository companies, IMapper mapper) : IRequestHandler<GetCompanyQuery, CompanyDto>
{
    public async Task<CompanyDto> Handle(GetCompanyQuery request, CancellationToken cancellationToken) =>
        mapper.Map<CompanyDto>(await companies.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("company", request.Id));
}
