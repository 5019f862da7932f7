using FluentValidation;
using PenguinMails.Campaigns.Contracts.Steps.AddStep;

namespace PenguinMails.Campaigns.Application.Steps.AddStep;

internal sealed class AddStepCommandValidator : AbstractValidator<AddStepCommand>
{
    public AddStepCommandValidator()
    {
        RuleFor(c => c.StepType).NotEmpty();
        StepRules.Shape(this, c => c.StepType, c => c.SubjectOverride, c => c.FromNameOverride, c => c.SendCondition, c => c.WaitDurationHours, c => c.ConditionType, c => c.ConditionValue);
        RuleFor(c => c.Position).GreaterThanOrEqualTo(1);
    }
}
