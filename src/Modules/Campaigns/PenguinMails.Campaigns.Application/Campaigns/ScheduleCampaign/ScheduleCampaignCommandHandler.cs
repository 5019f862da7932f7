using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.ScheduleCampaign;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetEmailAccount;

namespace PenguinMails.Campaigns.Application.Campaigns.ScheduleCampaign;

internal sealed class ScheduleCampaignCommandHandler(ICampaignRepository campaigns, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<ScheduleCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(ScheduleCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireWithStepsForUpdateAsync(request.Id, cancellationToken);
        campaign.Schedule(request.Scheduled, await SendingAccountsAsync(campaign, cancellationToken), clock.GetUtcNow());
        return mapper.Map<CampaignDto>(campaign);
    }

    /// <summary>The accounts the email steps and the campaign's rotation use that can send now (active, of this tenant).</summary>
    private async Task<IReadOnlySet<Guid>> SendingAccountsAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var sending = new HashSet<Guid>();
        var stepAccounts = campaign.Steps.Where(s => s.StepType == StepType.Email && s.EmailAccountId is not null).Select(s => s.EmailAccountId!.Value);
        foreach (var accountId in stepAccounts.Concat(campaign.SenderIds).Distinct())
        {
            try
            {
                if ((await mediator.Send(new GetEmailAccountQuery(accountId), cancellationToken)).Status == EmailAccountStatuses.Active)
                {
                    sending.Add(accountId);
                }
            }
            catch (NotFoundException)
            {
                // Not this tenant's (or gone): the step cannot send.
            }
        }

        return sending;
    }
}
