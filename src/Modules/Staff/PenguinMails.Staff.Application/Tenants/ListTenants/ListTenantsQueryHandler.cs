using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Tenants.ListTenants;

namespace PenguinMails.Staff.Application.Tenants.ListTenants;

internal sealed class ListTenantsQueryHandler(ITenantDirectory directory) : IRequestHandler<ListTenantsQuery, CursorPage<TenantSummaryDto>>
{
    public async Task<CursorPage<TenantSummaryDto>> Handle(ListTenantsQuery request, CancellationToken cancellationToken)
    {
        var after = CreatedPosition.Decode(request.Cursor);
        var rows = await directory.ListAsync(after?.Created, after?.Id, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, t => t, t => new CreatedPosition(t.Created, t.Id).Encode());
    }
}
