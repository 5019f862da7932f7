using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.StartDueCampaign;

/// <summary>
/// The scheduler's step: claims one scheduled campaign of any tenant whose time has come and starts it (scheduled →
/// sending). False when none is due. Runs as the platform role.
/// </summary>
public sealed record StartDueCampaignCommand : ICommand<bool>;
