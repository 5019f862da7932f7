using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Steps.ReorderSteps;

/// <summary>Puts the steps in the order given: every step of the campaign exactly once.</summary>
public sealed record ReorderStepsCommand(IReadOnlyList<Guid> StepIds) : ICommand<IReadOnlyList<CampaignStepDto>>
{
    [JsonIgnore]
    public Guid CampaignId { get; init; }
}
