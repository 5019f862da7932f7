using Ardalis.Specification;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Steps.ListSteps;

/// <summary>One campaign with its sequence, in one read.</summary>
internal sealed class CampaignWithStepsSpecification : SingleResultSpecification<Campaign>
{
    public CampaignWithStepsSpecification(Guid campaignId) => Query.Where(c => c.Id == campaignId).Include(c => c.Steps);
}
