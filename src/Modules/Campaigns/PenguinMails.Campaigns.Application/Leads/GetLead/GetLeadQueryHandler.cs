using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.GetLead;

namespace PenguinMails.Campaigns.Application.Leads.GetLead;

internal sealed class GetLeadQueryHandler(ILeadRepository leads, IMapper mapper) : IRequestHandler<GetLeadQuery, LeadDto>
{
    public async Task<LeadDto> Handle(GetLeadQuery request, CancellationToken cancellationToken) =>
        mapper.Map<LeadDto>(await leads.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("lead", request.Id));
}
