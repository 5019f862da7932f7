using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.EmailAccounts.CreateEmailAccount;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts.CreateEmailAccount;

internal sealed class CreateEmailAccountCommandValidator : AbstractValidator<CreateEmailAccountCommand>
{
    public CreateEmailAccountCommandValidator()
    {
        RuleFor(c => c.DomainId).NotEmpty();
        RuleFor(c => c.Email).ValidAccountEmail();
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.SmtpSettings).NotNull().ValidSettings();
        RuleFor(c => c.ImapSettings).ValidSettings();
        RuleFor(c => c.Provider).NotEmpty().OneOf(EmailProvider.All);
        RuleFor(c => c.Status).NotEmpty().OneOf(EmailAccountStatus.Names);
        RuleFor(c => c.DailyLimit).GreaterThan(0);
        RuleFor(c => c.MinGapSeconds).InclusiveBetween(0, SendingPace.MaxGapSeconds);
        RuleFor(c => c.RandomGapSeconds).InclusiveBetween(0, SendingPace.MaxGapSeconds);
    }
}
