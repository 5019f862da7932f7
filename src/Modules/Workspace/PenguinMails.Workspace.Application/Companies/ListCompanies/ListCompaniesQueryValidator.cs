using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies.ListCompanies;

internal sealed class ListCompaniesQueryValidator : AbstractValidator<ListCompaniesQuery>
{
    public const int MaxQueryLength = 100;

    public ListCompaniesQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(PageLimits.Min, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(CreatedPosition.IsWellFormed).WithMessage(CreatedPosition.NotIssuedMessage);
        RuleFor(q => q.Status).OneOf(CompanyStatus.All);
        RuleFor(q => q.Q).MaximumLength(MaxQueryLength);
    }
}
