using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Campaigns.GetCampaign;

public sealed record GetCampaignQuery(Guid Id) : IQuery<CampaignDto>;
