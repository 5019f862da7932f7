using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.GetPreflight;

/// <summary>What would stop the campaign from sending as its senders and leads stand now, before it is scheduled.</summary>
public sealed record GetPreflightQuery(Guid Id) : IQuery<CampaignPreflightDto>;
