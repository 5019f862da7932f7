using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.GetCampaign;

public sealed record GetCampaignQuery(Guid Id) : IQuery<CampaignDto>;
