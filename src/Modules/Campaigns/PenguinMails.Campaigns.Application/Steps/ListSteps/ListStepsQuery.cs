using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Steps.ListSteps;

public sealed record ListStepsQuery(Guid CampaignId) : IQuery<IReadOnlyList<CampaignStepDto>>;
