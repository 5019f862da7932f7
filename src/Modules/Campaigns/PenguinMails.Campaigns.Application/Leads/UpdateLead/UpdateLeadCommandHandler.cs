using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Leads.UpdateLead;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Leads.UpdateLead;

internal sealed class UpdateLeadCommandHandler(ILeadRepository leads, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateLeadCommand, LeadDto>
{
    public async Task<LeadDto> Handle(UpdateLeadCommand request, CancellationToken cancellationToken)
    {
        var lead = await leads.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("lead", request.Id);
        var change = new LeadChange(request.Name, request.FirstName, request.LastName, request.Company, request.CustomFields, request.Status.Select(LeadStatus.Of));
        lead.Change(change, clock.GetUtcNow());
        return mapper.Map<LeadDto>(lead);
    }
}
