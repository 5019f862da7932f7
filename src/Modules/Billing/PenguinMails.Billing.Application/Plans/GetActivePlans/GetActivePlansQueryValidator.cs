using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Plans.GetActivePlans;

internal sealed class GetActivePlansQueryValidator : AbstractValidator<GetActivePlansQuery>
{
    public GetActivePlansQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor)
            .Must(PlanListPosition.IsWellFormed)
            .WithMessage("The cursor is not one this list issued.");
    }
}
