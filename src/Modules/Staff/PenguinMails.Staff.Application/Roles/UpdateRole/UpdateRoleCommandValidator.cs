using FluentValidation;
using PenguinMails.Staff.Contracts.Roles.UpdateRole;

namespace PenguinMails.Staff.Application.Roles.UpdateRole;

internal sealed class UpdateRoleCommandValidator : AbstractValidator<UpdateRoleCommand>
{
    public UpdateRoleCommandValidator()
    {
        RuleFor(c => c.Name!).MaximumLength(50).Matches("^[a-z][a-z0-9_]*$").WithMessage("'Name' is lower-case letters, digits and underscores.").When(c => c.Name is not null);
        RuleFor(c => c.Description).MaximumLength(2000);
    }
}
