using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.UpdateCampaign;
using PenguinMails.Workspace.Contracts.Companies.GetCompany;

namespace PenguinMails.Campaigns.Application.Campaigns.UpdateCampaign;

internal sealed class UpdateCampaignCommandHandler(ICampaignRepository campaigns, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(UpdateCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireForUpdateAsync(request.Id, cancellationToken);
        var now = clock.GetUtcNow();
        if (request.CompanyId.IsSet && request.CompanyId.Value != campaign.CompanyId)
        {
            await mediator.Send(new GetCompanyQuery(request.CompanyId.Value), cancellationToken);
            campaign.MoveToCompany(request.CompanyId.Value, now);
        }

        campaign.Change(request.Name, request.Description, now);
        return mapper.Map<CampaignDto>(campaign);
    }
}
