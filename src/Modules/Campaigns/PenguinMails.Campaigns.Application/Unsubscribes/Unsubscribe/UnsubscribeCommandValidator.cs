using FluentValidation;
using PenguinMails.Campaigns.Contracts.Unsubscribes.Unsubscribe;

namespace PenguinMails.Campaigns.Application.Unsubscribes.Unsubscribe;

internal sealed class UnsubscribeCommandValidator : AbstractValidator<UnsubscribeCommand>
{
    public UnsubscribeCommandValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(512);
}
