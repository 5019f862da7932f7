using FluentValidation;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.CreateVpsInstance;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.CreateVpsInstance;

internal sealed class CreateVpsInstanceCommandValidator : AbstractValidator<CreateVpsInstanceCommand>
{
    public CreateVpsInstanceCommandValidator()
    {
        RuleFor(c => c.HostwindsInstanceId).MaximumLength(255);
        RuleFor(c => c.IpAddress).ValidIpAddress();
        RuleFor(c => c.Region).MaximumLength(50);
        RuleFor(c => c.MonthlyCost).ValidMoney(99_999_999.99m);
        RuleFor(c => c.ApproximateCost).ValidMoney(999_999.99m);
        RuleFor(c => c.HostwindsBillingDay).InclusiveBetween(1, 31);
        RuleFor(c => c.CurrentBillingPeriodEnd).GreaterThan(c => c.CurrentBillingPeriodStart)
            .When(c => c.CurrentBillingPeriodStart is not null && c.CurrentBillingPeriodEnd is not null);
    }
}
