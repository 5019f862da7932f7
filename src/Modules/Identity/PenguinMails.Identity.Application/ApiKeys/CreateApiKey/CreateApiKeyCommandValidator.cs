using FluentValidation;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().Must(n => n is null || n.Trim().Length is > 0 and <= ApiKey.MaxNameLength)
            .WithMessage($"'{{PropertyName}}' has 1 to {ApiKey.MaxNameLength} characters.");
        RuleFor(c => c.Scopes).NotEmpty()
            .Must(s => s is null || s.All(ApiScopes.All.Contains)).WithMessage($"'{{PropertyName}}' are drawn from: {string.Join(", ", ApiScopes.All)}.");
        RuleFor(c => c.Expires).Must(e => e is null || e > clock.GetUtcNow()).WithMessage("'{PropertyName}' is in the future.");
    }
}
