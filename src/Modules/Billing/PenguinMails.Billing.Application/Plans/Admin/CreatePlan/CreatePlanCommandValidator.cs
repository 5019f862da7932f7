using FluentValidation;
using PenguinMails.Billing.Contracts.Plans.Admin.CreatePlan;

namespace PenguinMails.Billing.Application.Plans.Admin.CreatePlan;

internal sealed class CreatePlanCommandValidator : AbstractValidator<CreatePlanCommand>
{
    public CreatePlanCommandValidator() => RuleFor(c => c.Plan).NotNull().SetValidator(new PlanTermsValidator()).OverridePropertyName(string.Empty);
}
