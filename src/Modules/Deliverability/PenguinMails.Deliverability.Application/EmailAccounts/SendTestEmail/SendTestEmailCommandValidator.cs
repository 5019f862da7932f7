using FluentValidation;
using PenguinMails.Deliverability.Contracts.EmailAccounts.SendTestEmail;

namespace PenguinMails.Deliverability.Application.EmailAccounts.SendTestEmail;

internal sealed class SendTestEmailCommandValidator : AbstractValidator<SendTestEmailCommand>
{
    public SendTestEmailCommandValidator()
    {
        RuleFor(c => c.To).NotEmpty().MaximumLength(254)
            .Must(to => to is null || System.Net.Mail.MailAddress.TryCreate(to.Trim(), out var parsed) && parsed.Address == to.Trim() && !to.Contains('\r') && !to.Contains('\n'))
            .WithMessage("'{PropertyName}' is one e-mail address.");
    }
}
