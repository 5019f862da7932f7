using FluentValidation;
using PenguinMails.Staff.Contracts.Roles.CreateRole;

namespace PenguinMails.Staff.Application.Roles.CreateRole;

internal sealed class CreateRoleCommandValidator : AbstractValidator<CreateRoleCommand>
{
    public CreateRoleCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(50).Matches("^[a-z][a-z0-9_]*$").WithMessage("'Name' is lower-case letters, digits and underscores.");
        RuleFor(c => c.Description).MaximumLength(2000);
        RuleFor(c => c.Permissions).NotNull();
    }
}
