using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.ListLeads;

namespace PenguinMails.Campaigns.Application.Leads.ListLeads;

internal sealed class ListLeadsQueryHandler(ILeadRepository leads, IMapper mapper) : IRequestHandler<ListLeadsQuery, CursorPage<LeadDto>>
{
    public async Task<CursorPage<LeadDto>> Handle(ListLeadsQuery request, CancellationToken cancellationToken)
    {
        var prefix = string.IsNullOrWhiteSpace(request.Q) ? null : request.Q.Trim().ToLowerInvariant();
        var rows = await leads.ListAsync(new LeadsPageSpecification(request.Status, prefix, TextCursor.Decode(request.Cursor), request.Limit + 1), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, mapper.Map<LeadDto>, l => TextCursor.Encode(l.Email));
    }
}
