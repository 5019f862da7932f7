using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Campaigns.ChangeCampaignStatus;

/// <summary>The other lifecycle moves, each refused with 409 from the wrong status.</summary>
public sealed record ChangeCampaignStatusCommand(Guid Id, CampaignAction Action) : ICommand<CampaignDto>;
