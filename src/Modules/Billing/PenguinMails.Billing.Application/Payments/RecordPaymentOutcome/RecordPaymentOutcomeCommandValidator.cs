using FluentValidation;
using PenguinMails.Billing.Contracts.Payments.RecordPaymentOutcome;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Application.Payments.RecordPaymentOutcome;

internal sealed class RecordPaymentOutcomeCommandValidator : AbstractValidator<RecordPaymentOutcomeCommand>
{
    public RecordPaymentOutcomeCommandValidator()
    {
        RuleFor(c => c.Amount).GreaterThanOrEqualTo(0).PrecisionScale(10, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("'Currency' is an ISO 4217 code such as USD.");
        RuleFor(c => c.Status).Must(s => PaymentStatus.Names.Contains(s)).WithMessage($"'Status' is one of: {string.Join(", ", PaymentStatus.Names)}.");
        RuleFor(c => c.ProviderReference).MaximumLength(255);
    }
}
