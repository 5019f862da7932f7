using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Leads.GetLead;

public sealed record GetLeadQuery(Guid Id) : IQuery<LeadDto>;

internal sealed class GetLeadQueryHandler(ILeadRepository leads) : IRequestHandler<GetLeadQuery, LeadDto>
{
    public async Task<LeadDto> Handle(GetLeadQuery request, CancellationToken cancellationToken) =>
        (await leads.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("lead", request.Id)).ToDto();
}
