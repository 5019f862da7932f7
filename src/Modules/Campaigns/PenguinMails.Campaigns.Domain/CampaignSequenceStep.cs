using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>
/// A step of a campaign's sequence (<c>campaign_sequence_steps</c>), owned by its <see cref="Campaign"/>: an e-mail to
/// send, a wait, or a condition. <see cref="ExecutedCount"/> and <see cref="LastExecuted"/> are the engine's record of it.
/// </summary>
internal sealed class CampaignSequenceStep : Entity, ITenantOwned
{
    public const int MaxSubjectOverrideLength = 500;
    public const int MaxFromNameOverrideLength = 100;
    public const int MaxConditionValueLength = 100;
    public const int MaxWaitHours = 8760;

    private CampaignSequenceStep()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CampaignId { get; private set; }

    public int StepOrder { get; private set; }

    public string StepType { get; private set; } = default!;

    public Guid? EmailAccountId { get; private set; }

    public Guid? TemplateId { get; private set; }

    public string? SubjectOverride { get; private set; }

    public string? FromNameOverride { get; private set; }

    public int? WaitDurationHours { get; private set; }

    public DateTimeOffset? WaitUntilDate { get; private set; }

    public string? ConditionType { get; private set; }

    public string? ConditionValue { get; private set; }

    public string? SendCondition { get; private set; }

    public bool IsActive { get; private set; }

    public int ExecutedCount { get; private set; }

    public DateTimeOffset? LastExecuted { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static CampaignSequenceStep Create(Campaign campaign, int order, StepDefinition definition, DateTimeOffset now)
    {
        var step = new CampaignSequenceStep
        {
            Id = Guid.CreateVersion7(),
            TenantId = campaign.TenantId,
            CampaignId = campaign.Id,
            StepOrder = order,
            Created = now,
        };
        step.Define(definition, now);
        return step;
    }

    /// <summary>Sets what the step does; fields its type does not use are cleared.</summary>
    public void Define(StepDefinition definition, DateTimeOffset now)
    {
        var email = definition.StepType == Domain.StepType.Email;
        var wait = definition.StepType == Domain.StepType.Wait;
        var condition = definition.StepType == Domain.StepType.Condition;
        StepType = definition.StepType;
        TemplateId = email ? definition.TemplateId : null;
        EmailAccountId = email ? definition.EmailAccountId : null;
        SubjectOverride = email ? definition.SubjectOverride : null;
        FromNameOverride = email ? definition.FromNameOverride : null;
        SendCondition = email ? definition.SendCondition : null;
        WaitDurationHours = wait ? definition.WaitDurationHours : null;
        WaitUntilDate = wait ? definition.WaitUntilDate : null;
        ConditionType = condition ? definition.ConditionType : null;
        ConditionValue = condition ? definition.ConditionValue : null;
        IsActive = definition.IsActive;
        Updated = now;
    }

    public StepDefinition Definition => new(StepType, TemplateId, EmailAccountId, SubjectOverride, FromNameOverride, SendCondition,
        WaitDurationHours, WaitUntilDate, ConditionType, ConditionValue, IsActive);

    public void MoveTo(int order, DateTimeOffset now)
    {
        if (order != StepOrder)
        {
            StepOrder = order;
            Updated = now;
        }
    }
}

/// <summary>Everything a step's type says it does.</summary>
internal sealed record StepDefinition(
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
    bool IsActive = true)
{
    /// <summary>What is wrong with the definition for its type, by field, or nothing.</summary>
    public IEnumerable<(string Field, string Problem)> Problems()
    {
        switch (StepType)
        {
            case Domain.StepType.Email:
                if (TemplateId is null)
                {
                    yield return ("templateId", "An email step needs templateId.");
                }

                break;
            case Domain.StepType.Wait:
                if (WaitDurationHours is null == WaitUntilDate is null)
                {
                    yield return ("waitDurationHours", "A wait step needs exactly one of waitDurationHours and waitUntilDate.");
                }

                break;
            case Domain.StepType.Condition:
                if (ConditionType is null || !Domain.ConditionType.All.Contains(ConditionType))
                {
                    yield return ("conditionType", $"A condition step needs conditionType: one of {string.Join(", ", Domain.ConditionType.All)}.");
                }
                else if (Domain.ConditionType.TakesValue.Contains(ConditionType) == string.IsNullOrWhiteSpace(ConditionValue))
                {
                    yield return ("conditionValue", Domain.ConditionType.TakesValue.Contains(ConditionType)
                        ? $"A {ConditionType} condition needs conditionValue (the link)."
                        : $"A {ConditionType} condition takes no conditionValue.");
                }

                break;
            default:
                yield return ("stepType", $"stepType is one of {string.Join(", ", Domain.StepType.All)}.");
                break;
        }
    }
}

internal static class StepType
{
    public const string Email = "email";
    public const string Wait = "wait";
    public const string Condition = "condition";

    public static readonly IReadOnlyList<string> All = [Email, Wait, Condition];
}

/// <summary>What a condition step tests about the lead. <c>clicked</c> names the link it looks for.</summary>
internal static class ConditionType
{
    public static readonly IReadOnlyList<string> All = ["opened", "not_opened", "clicked", "replied", "not_replied"];

    public static readonly IReadOnlyList<string> TakesValue = ["clicked"];
}
