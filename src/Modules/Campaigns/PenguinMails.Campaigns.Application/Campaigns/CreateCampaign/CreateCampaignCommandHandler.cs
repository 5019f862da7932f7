using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.CreateCampaign;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Workspace.Contracts.Companies.GetCompany;

namespace PenguinMails.Campaigns.Application.Campaigns.CreateCampaign;

internal sealed class CreateCampaignCommandHandler(ICurrentTenant current, ICampaignRepository campaigns, ITenantLocks locks, IMediator mediator, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(CreateCampaignCommand request, CancellationToken cancellationToken)
    {
        await mediator.Send(new GetCompanyQuery(request.CompanyId), cancellationToken);
        var now = clock.GetUtcNow();
        await locks.LockAsync(CampaignLock, cancellationToken);
        var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
        entitlements.Ensure(PlanLimit.CampaignsPerMonth, await campaigns.CountCreatedSinceAsync(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero), cancellationToken));
        var campaign = Campaign.Create(current.RequireTenantId(), request.CompanyId, request.Name, request.Description, now);
        campaigns.Add(campaign);
        return mapper.Map<CampaignDto>(campaign);
    }

    public const string CampaignLock = "limit:" + PlanLimit.CampaignsPerMonth;
}
