using FluentValidation;
using PenguinMails.Deliverability.Contracts.EmailAccounts.DeliverEmail;

namespace PenguinMails.Deliverability.Application.EmailAccounts.DeliverEmail;

internal sealed class DeliverEmailCommandValidator : AbstractValidator<DeliverEmailCommand>
{
    public DeliverEmailCommandValidator()
    {
        RuleFor(c => c.EmailAccountId).NotEmpty();
        RuleFor(c => c.To).NotEmpty().MaximumLength(254).Must(to => to is null || !to.Contains('\r') && !to.Contains('\n'));
        RuleFor(c => c.MessageId).NotEmpty().Must(id => id is null || id.StartsWith('<') && id.EndsWith('>'));
        RuleForEach(c => c.Headers).Must(h => !h.Key.Contains(':') && !h.Value.Contains('\r') && !h.Value.Contains('\n'))
            .WithMessage("A header is one line with a name without ':'.");
    }
}
