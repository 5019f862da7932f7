using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.ChangeCampaignStatus;

/// <summary>The other lifecycle moves, each refused with 409 from the wrong status.</summary>
public sealed record ChangeCampaignStatusCommand(Guid Id, CampaignAction Action) : ICommand<CampaignDto>;
