using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Contracts.Steps.UpdateStep;

/// <summary>Changes the fields present; the result must still be a valid step of its (possibly new) type.</summary>
public sealed record UpdateStepCommand : ICommand<CampaignStepDto>
{
    [JsonIgnore]
    public Guid CampaignId { get; init; }

    [JsonIgnore]
    public Guid StepId { get; init; }

    public Optional<string> StepType { get; init; }

    public Optional<Guid?> TemplateId { get; init; }

    public Optional<Guid?> EmailAccountId { get; init; }

    public Optional<string?> SubjectOverride { get; init; }

    public Optional<string?> FromNameOverride { get; init; }

    public Optional<string?> SendCondition { get; init; }

    public Optional<int?> WaitDurationHours { get; init; }

    public Optional<DateTimeOffset?> WaitUntilDate { get; init; }

    public Optional<string?> ConditionType { get; init; }

    public Optional<string?> ConditionValue { get; init; }

    public Optional<bool> IsActive { get; init; }
}
