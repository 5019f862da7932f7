using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Steps.ListSteps;

public sealed record ListStepsQuery(Guid CampaignId) : IQuery<IReadOnlyList<CampaignStepDto>>;
