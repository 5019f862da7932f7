using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Steps.DeleteStep;

/// <summary>Deletes a step; the ones after it move up, so the order stays 1..n.</summary>
public sealed record DeleteStepCommand(Guid CampaignId, Guid StepId) : ICommand<Unit>;
