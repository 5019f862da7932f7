using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts.Leads.DeleteLead;

namespace PenguinMails.Campaigns.Application.Leads.DeleteLead;

internal sealed class DeleteLeadCommandHandler(ILeadRepository leads) : IRequestHandler<DeleteLeadCommand, Unit>
{
    public async Task<Unit> Handle(DeleteLeadCommand request, CancellationToken cancellationToken)
    {
        leads.Remove(await leads.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("lead", request.Id));
        return Unit.Value;
    }
}
