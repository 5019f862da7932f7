using FluentValidation;
using PenguinMails.Campaigns.Contracts.Suppressions.ListSuppressions;

namespace PenguinMails.Campaigns.Application.Suppressions.ListSuppressions;

internal sealed class ListSuppressionsQueryValidator : AbstractValidator<ListSuppressionsQuery>
{
    public ListSuppressionsQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(255);
    }
}
