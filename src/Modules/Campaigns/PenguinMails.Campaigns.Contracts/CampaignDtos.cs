namespace PenguinMails.Campaigns.Contracts;

public sealed record CampaignDto(
    Guid Id, Guid? CompanyId, string Name, string? Description, string Status, DateTimeOffset? Scheduled, DateTimeOffset? Completed,
    DateTimeOffset Created, DateTimeOffset Updated);

/// <summary>One step of a campaign's sequence; only the fields of its type are set. <c>executedCount</c> and <c>lastExecuted</c> are the sending engine's.</summary>
public sealed record CampaignStepDto(
    Guid Id, Guid? CampaignId, int StepOrder, string StepType, Guid? TemplateId, Guid? EmailAccountId, string? SubjectOverride, string? FromNameOverride,
    string? SendCondition, int? WaitDurationHours, DateTimeOffset? WaitUntilDate, string? ConditionType, string? ConditionValue, bool IsActive,
    int ExecutedCount, DateTimeOffset? LastExecuted, DateTimeOffset Created, DateTimeOffset Updated);
