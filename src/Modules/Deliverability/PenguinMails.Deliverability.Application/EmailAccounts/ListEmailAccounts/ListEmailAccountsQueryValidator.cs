using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ListEmailAccounts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts.ListEmailAccounts;

internal sealed class ListEmailAccountsQueryValidator : AbstractValidator<ListEmailAccountsQuery>
{
    public ListEmailAccountsQueryValidator()
    {
        RuleFor(q => q.Status).OneOf(EmailAccountStatus.Names);
        RuleFor(q => q.Q).MaximumLength(CommonRules.MaxEmailLength);
    }
}
