using FluentValidation;

namespace PenguinMails.Billing.Application.Plans.Admin.CreatePlan;

internal sealed class CreatePlanCommandValidator : AbstractValidator<CreatePlanCommand>
{
    public CreatePlanCommandValidator() => RuleFor(c => c.Plan).NotNull().SetValidator(new PlanTermsValidator()).OverridePropertyName(string.Empty);
}
