using FluentValidation;
using PenguinMails.Campaigns.Contracts.Steps.ReorderSteps;

namespace PenguinMails.Campaigns.Application.Steps.ReorderSteps;

internal sealed class ReorderStepsCommandValidator : AbstractValidator<ReorderStepsCommand>
{
    public ReorderStepsCommandValidator() =>
        RuleFor(c => c.StepIds).NotNull().Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("'{PropertyName}' names each step once.");
}
