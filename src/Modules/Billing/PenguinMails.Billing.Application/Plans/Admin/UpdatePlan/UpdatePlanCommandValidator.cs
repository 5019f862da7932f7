using FluentValidation;
using PenguinMails.Billing.Contracts.Plans.Admin.UpdatePlan;

namespace PenguinMails.Billing.Application.Plans.Admin.UpdatePlan;

internal sealed class UpdatePlanCommandValidator : AbstractValidator<UpdatePlanCommand>
{
    public UpdatePlanCommandValidator() => RuleFor(c => c.Plan).NotNull().SetValidator(new PlanTermsValidator()).OverridePropertyName(string.Empty);
}
