using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Contracts;

public sealed record CampaignDto(
    Guid Id, Guid? CompanyId, string Name, string? Description, string Status, DateTimeOffset? Scheduled, DateTimeOffset? Completed,
    DateTimeOffset Created, DateTimeOffset Updated);

/// <summary>One step of a campaign's sequence; only the fields of its type are set. <c>executedCount</c> and <c>lastExecuted</c> are the sending engine's.</summary>
public sealed record CampaignStepDto(
    Guid Id, Guid? CampaignId, int StepOrder, string StepType, Guid? TemplateId, Guid? EmailAccountId, string? SubjectOverride, string? FromNameOverride,
    string? SendCondition, int? WaitDurationHours, DateTimeOffset? WaitUntilDate, string? ConditionType, string? ConditionValue, bool IsActive,
    int ExecutedCount, DateTimeOffset? LastExecuted, DateTimeOffset Created, DateTimeOffset Updated);

internal static class CampaignMapping
{
    public static CampaignDto ToDto(this Campaign c) => new(c.Id, c.CompanyId, c.Name, c.Description, c.Status!, c.Scheduled, c.Completed, c.Created, c.Updated);

    public static CampaignStepDto ToDto(this CampaignSequenceStep s) => new(
        s.Id, s.CampaignId, s.StepOrder, s.StepType!, s.TemplateId, s.EmailAccountId, s.SubjectOverride, s.FromNameOverride, s.SendCondition,
        s.WaitDurationHours, s.WaitUntilDate, s.ConditionType, s.ConditionValue, s.IsActive, s.ExecutedCount, s.LastExecuted, s.Created, s.Updated);
}
