using PenguinMails.Billing.Application.Payments;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Infrastructure.Payments;

/// <summary>
/// The payment provider in force until a real one (Stripe) is configured: it charges nothing and answers
/// "pending", so each period's charge is recorded and waits for its outcome to be recorded in-process.
/// </summary>
internal sealed class DeferredPaymentProvider : IPaymentProvider
{
    public Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new ChargeResult(PaymentStatus.Pending, null));
}
