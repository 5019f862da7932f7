using FluentValidation;
using PenguinMails.Deliverability.Contracts.Sending.GetInfrastructureCosts;

namespace PenguinMails.Deliverability.Application.Sending.GetInfrastructureCosts;

internal sealed class GetInfrastructureCostsQueryValidator : AbstractValidator<GetInfrastructureCostsQuery>
{
    public GetInfrastructureCostsQueryValidator() =>
        RuleFor(q => q.Month).Must(m => m is null || CostMonth.TryParse(m, out _))
            .WithMessage($"'{{PropertyName}}' is a month as {GetInfrastructureCostsQuery.Format}, such as 2026-11.");
}
