using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.CreateCampaign;

/// <summary>A draft campaign for one of the tenant's companies; counts toward the plan's campaigns this month.</summary>
public sealed record CreateCampaignCommand(Guid CompanyId, string Name, string? Description = null) : ICommand<CampaignDto>;
