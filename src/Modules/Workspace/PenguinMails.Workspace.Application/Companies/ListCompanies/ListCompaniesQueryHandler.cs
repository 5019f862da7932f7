using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Companies.ListCompanies;

namespace PenguinMails.Workspace.Application.Companies.ListCompanies;

internal sealed class ListCompaniesQueryHandler(ICompanyRepository companies, IMapper mapper) : IRequestHandler<ListCompaniesQuery, CursorPage<CompanyDto>>
{
    public async Task<CursorPage<CompanyDto>> Handle(ListCompaniesQuery request, CancellationToken cancellationToken)
    {
        var rows = await companies.ListAsync(new CompaniesPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<CompanyDto>, company => new CreatedPosition(company.Created, company.Id).Encode());
    }
}
