using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Application.Payments;

/// <summary>
/// The payment provider (Stripe, or another): charges a tenant for a period. Its answer is recorded with
/// <c>RecordPaymentOutcomeCommand</c>, at once or later from the provider's callback. The default provider
/// charges nothing and leaves the charge pending until an outcome is recorded.
/// </summary>
internal interface IPaymentProvider
{
    Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);
}

/// <param name="IdempotencyKey">The same key never charges twice (subscription id and period start).</param>
internal sealed record ChargeRequest(Guid TenantId, Guid SubscriptionId, decimal Amount, string Currency, string Description, string IdempotencyKey);

/// <param name="Status">One of the payment statuses: pending, succeeded or failed.</param>
internal sealed record ChargeResult(PaymentStatus Status, string? ProviderReference);
