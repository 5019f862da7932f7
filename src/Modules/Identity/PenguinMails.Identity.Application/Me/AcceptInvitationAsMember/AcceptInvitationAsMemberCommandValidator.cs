using FluentValidation;
using PenguinMails.Identity.Contracts.Me.AcceptInvitationAsMember;

namespace PenguinMails.Identity.Application.Me.AcceptInvitationAsMember;

internal sealed class AcceptInvitationAsMemberCommandValidator : AbstractValidator<AcceptInvitationAsMemberCommand>
{
    public AcceptInvitationAsMemberCommandValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(4096);
}
