using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Staff.Application.Tenants.ListTenants;

internal sealed class ListTenantsQueryValidator : AbstractValidator<ListTenantsQuery>
{
    public ListTenantsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
    }
}
