using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Identity.Contracts.ApiKeys.CreateApiKey;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).TrimmedName(ApiKey.MaxNameLength);
        RuleFor(c => c.Scopes).NotEmpty()
            .Must(s => s is null || s.All(ApiScopes.All.Contains)).WithMessage($"'{{PropertyName}}' are drawn from: {string.Join(", ", ApiScopes.All)}.");
        RuleFor(c => c.Expires).Must(e => e is null || e > clock.GetUtcNow()).WithMessage("'{PropertyName}' is in the future.");
    }
}
