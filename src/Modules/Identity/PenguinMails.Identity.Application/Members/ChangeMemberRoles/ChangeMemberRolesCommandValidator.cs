using FluentValidation;
using PenguinMails.Identity.Contracts.Members.ChangeMemberRoles;

namespace PenguinMails.Identity.Application.Members.ChangeMemberRoles;

internal sealed class ChangeMemberRolesCommandValidator : AbstractValidator<ChangeMemberRolesCommand>
{
    public ChangeMemberRolesCommandValidator() => RuleFor(c => c.Roles).ValidRoles();
}
