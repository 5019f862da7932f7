using FluentValidation;
using PenguinMails.Campaigns.Contracts.Suppressions.AddSuppression;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Suppressions.AddSuppression;

internal sealed class AddSuppressionCommandValidator : AbstractValidator<AddSuppressionCommand>
{
    public AddSuppressionCommandValidator()
    {
        RuleFor(c => c.Value).NotEmpty()
            .Must(v => v is null || SuppressionValue.IsValid(SuppressionValue.Normalize(v)))
            .WithMessage("'Value' is an e-mail address (ana@example.com) or a domain (example.com).");
    }
}
