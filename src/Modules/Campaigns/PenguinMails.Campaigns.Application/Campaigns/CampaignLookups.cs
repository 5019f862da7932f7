using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns;

internal static class CampaignLookups
{
    public static async Task<Campaign> RequireAsync(this ICampaignRepository campaigns, Guid id, CancellationToken cancellationToken) =>
        await campaigns.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("campaign", id);

    /// <summary>The campaign, locked for this transaction, or the 404.</summary>
    public static async Task<Campaign> RequireForUpdateAsync(this ICampaignRepository campaigns, Guid id, CancellationToken cancellationToken) =>
        await campaigns.GetForUpdateAsync(id, cancellationToken) ?? throw NotFoundException.For("campaign", id);

    /// <summary>The campaign with its steps, locked for this transaction, or the 404.</summary>
    public static async Task<Campaign> RequireWithStepsForUpdateAsync(this ICampaignRepository campaigns, Guid id, CancellationToken cancellationToken) =>
        await campaigns.GetWithStepsForUpdateAsync(id, cancellationToken) ?? throw NotFoundException.For("campaign", id);
}
