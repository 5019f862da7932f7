using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Workspace.Contracts.Companies.ListCompanies;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies.ListCompanies;

internal sealed class ListCompaniesQueryValidator : AbstractValidator<ListCompaniesQuery>
{
    public const int MaxQueryLength = 100;

    public ListCompaniesQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(CompanyStatus.Names);
        RuleFor(q => q.Q).MaximumLength(MaxQueryLength);
    }
}
