using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.GetLead;

namespace PenguinMails.Campaigns.Application.Leads.GetLead;

internal sealed class GetLeadQueryHandler(ILeadRepository leads) : IRequestHandler<GetLeadQuery, LeadDto>
{
    public async Task<LeadDto> Handle(GetLeadQuery request, CancellationToken cancellationToken) =>
        (await leads.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("lead", request.Id)).ToDto();
}
