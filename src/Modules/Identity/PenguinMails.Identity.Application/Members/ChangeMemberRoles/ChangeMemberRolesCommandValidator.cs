using FluentValidation;

namespace PenguinMails.Identity.Application.Members.ChangeMemberRoles;

internal sealed class ChangeMemberRolesCommandValidator : AbstractValidator<ChangeMemberRolesCommand>
{
    public ChangeMemberRolesCommandValidator() => RuleFor(c => c.Roles).ValidRoles();
}
