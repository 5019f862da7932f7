using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Steps.AddStep;

/// <summary>
/// A step, appended or inserted at <c>position</c> (1..n+1; later steps move down). Only while the campaign is draft or
/// paused. An email step needs templateId; its emailAccountId (of this tenant), when set, is its sender instead of the
/// campaign's rotation (emailAccountIds on the campaign); a wait step exactly one of
/// waitDurationHours (1–8760) and waitUntilDate; a condition step a conditionType (and a conditionValue for clicked).
/// </summary>
public sealed record AddStepCommand(
    string StepType,
    Guid? TemplateId = null,
    Guid? EmailAccountId = null,
    string? SubjectOverride = null,
    string? FromNameOverride = null,
    string? SendCondition = null,
    int? WaitDurationHours = null,
    DateTimeOffset? WaitUntilDate = null,
    string? ConditionType = null,
    string? ConditionValue = null,
    bool IsActive = true,
    int? Position = null) : ICommand<CampaignStepDto>
{
    [JsonIgnore]
    public Guid CampaignId { get; init; }
}
