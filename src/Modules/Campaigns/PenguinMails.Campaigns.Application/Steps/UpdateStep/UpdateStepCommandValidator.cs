using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts.Steps.UpdateStep;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Steps.UpdateStep;

internal sealed class UpdateStepCommandValidator : PatchValidator<UpdateStepCommand>
{
    public UpdateStepCommandValidator()
    {
        RuleForPatch(c => c.StepType, r => r.NotEmpty().OneOf(Domain.StepType.All));
        RuleForPatch(c => c.SubjectOverride, r => r.MaximumLength(CampaignSequenceStep.MaxSubjectOverrideLength));
        RuleForPatch(c => c.FromNameOverride, r => r.MaximumLength(CampaignSequenceStep.MaxFromNameOverrideLength));
        RuleForPatch(c => c.SendCondition, r => r.MaximumLength(StepRules.MaxSendConditionLength));
        RuleForPatch(c => c.WaitDurationHours, r => r.InclusiveBetween(1, CampaignSequenceStep.MaxWaitHours));
        RuleForPatch(c => c.ConditionType, r => r.OneOf(Domain.ConditionType.All));
        RuleForPatch(c => c.ConditionValue, r => r.MaximumLength(CampaignSequenceStep.MaxConditionValueLength));
    }
}
