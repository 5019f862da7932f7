using FluentValidation;
using PenguinMails.Identity.Contracts.Auth.AcceptInvitation;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Auth.AcceptInvitation;

internal sealed class AcceptInvitationCommandValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(4096);
        RuleFor(c => c.Password).ValidPasswordInput();
        RuleFor(c => c.Name).ValidName(User.MaxNameLength);
    }
}
