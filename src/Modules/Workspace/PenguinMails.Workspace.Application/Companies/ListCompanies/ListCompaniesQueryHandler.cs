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
        var after = CreatedPosition.Decode(request.Cursor);
        var text = string.IsNullOrWhiteSpace(request.Q) ? null : request.Q.Trim();
        var rows = await companies.ListAsync(request.Status, text, after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<CompanyDto>, company => new CreatedPosition(company.Created, company.Id).Encode());
    }
}
