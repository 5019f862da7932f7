using FluentValidation;
using PenguinMails.Identity.Contracts.Members.AddMember;

namespace PenguinMails.Identity.Application.Members.AddMember;

internal sealed class AddMemberCommandValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Roles).ValidRoles();
    }
}
