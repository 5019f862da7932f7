namespace PenguinMails.Campaigns.Application.Unsubscribes;

/// <summary>
/// The opaque tokens of unsubscribe links: they name a lead (and the campaign that wrote) and cannot be read, forged
/// or altered by anyone but the platform.
/// </summary>
internal interface IUnsubscribeTokens
{
    string Issue(UnsubscribeTarget target);

    /// <summary>The target, or null for anything the platform did not issue.</summary>
    UnsubscribeTarget? Read(string token);
}

internal sealed record UnsubscribeTarget(Guid TenantId, Guid LeadId, Guid? CampaignId);
