using FluentValidation;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetSenders;

namespace PenguinMails.Deliverability.Application.EmailAccounts.GetSenders;

internal sealed class GetSendersQueryValidator : AbstractValidator<GetSendersQuery>
{
    public const int MaxIds = 1000;

    public GetSendersQueryValidator() =>
        RuleFor(q => q.Ids).NotNull().Must(ids => ids.Count <= MaxIds).WithMessage($"At most {MaxIds} accounts are read at once.");
}
