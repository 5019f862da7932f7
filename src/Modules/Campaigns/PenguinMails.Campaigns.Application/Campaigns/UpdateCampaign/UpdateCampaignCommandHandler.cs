using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.UpdateCampaign;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetEmailAccount;
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
        if (SendingChangeOf(request) is { } change)
        {
            if (change.SenderIds.IsSet)
            {
                // Each sender must be one of the tenant's accounts: another tenant's id is not found (404).
                foreach (var accountId in change.SenderIds.Value)
                {
                    await mediator.Send(new GetEmailAccountQuery(accountId), cancellationToken);
                }
            }

            campaign.ChangeSending(change, now);
        }

        return mapper.Map<CampaignDto>(campaign);
    }

    private static SendingChange? SendingChangeOf(UpdateCampaignCommand request)
    {
        var changes = request.Schedule.IsSet || request.DailyLimit.IsSet || request.DailyNewLeads.IsSet || request.EmailAccountIds.IsSet
            || request.StopOnReply.IsSet || request.StopOnAutoReply.IsSet || request.StopForCompany.IsSet;
        return changes
            ? new SendingChange(
                request.Schedule.Select(WindowOf), request.DailyLimit, request.DailyNewLeads,
                request.EmailAccountIds.Select(ids => (IReadOnlyList<Guid>)[.. ids.Distinct()]),
                request.StopOnReply, request.StopOnAutoReply, request.StopForCompany)
            : null;
    }

    private static SendingWindow WindowOf(CampaignScheduleDto schedule) => new(
        schedule.Timezone, [.. schedule.Days.Distinct()], ScheduleTimes.Parse(schedule.Start), ScheduleTimes.Parse(schedule.End));
}
