using System.Text.Json;
using FluentValidation;
using PenguinMails.Staff.Contracts.Configuration.PutConfig;

namespace PenguinMails.Staff.Application.Configuration.PutConfig;

internal sealed class PutConfigCommandValidator : AbstractValidator<PutConfigCommand>
{
    public PutConfigCommandValidator()
    {
        RuleFor(c => c.Key).NotEmpty().MaximumLength(255).Matches("^[a-z0-9][a-z0-9_.-]*$").WithMessage("'Key' is lower-case letters, digits, dots, hyphens and underscores.");
        RuleFor(c => c.Description).MaximumLength(500);
        RuleFor(c => c.Category).MaximumLength(50);
        RuleFor(c => c.Value).Must(v => v.ValueKind != JsonValueKind.Undefined).WithMessage("'Value' is required (any JSON value).");
    }
}
