using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Steps;

internal static class StepRules
{
    public const int MaxSendConditionLength = 1000;

    public static void Shape<T>(AbstractValidator<T> validator, Func<T, string?> type, Func<T, string?> subject, Func<T, string?> fromName, Func<T, string?> sendCondition,
        Func<T, int?> hours, Func<T, string?> conditionType, Func<T, string?> conditionValue)
    {
        validator.RuleFor(c => type(c)).OneOf(Domain.StepType.All).OverridePropertyName("stepType");
        validator.RuleFor(c => subject(c)).MaximumLength(CampaignSequenceStep.MaxSubjectOverrideLength).OverridePropertyName("subjectOverride");
        validator.RuleFor(c => fromName(c)).MaximumLength(CampaignSequenceStep.MaxFromNameOverrideLength).OverridePropertyName("fromNameOverride");
        validator.RuleFor(c => sendCondition(c)).MaximumLength(MaxSendConditionLength).OverridePropertyName("sendCondition");
        validator.RuleFor(c => hours(c)).InclusiveBetween(1, CampaignSequenceStep.MaxWaitHours).OverridePropertyName("waitDurationHours");
        validator.RuleFor(c => conditionType(c)).OneOf(Domain.ConditionType.All).OverridePropertyName("conditionType");
        validator.RuleFor(c => conditionValue(c)).MaximumLength(CampaignSequenceStep.MaxConditionValueLength).OverridePropertyName("conditionValue");
    }
}
