using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Payments.RecordPaymentOutcome;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Billing.Application.Payments.RecordPaymentOutcome;

internal sealed class RecordPaymentOutcomeCommandHandler(BillingState state, IPaymentRepository payments, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<RecordPaymentOutcomeCommand, Guid>
{
    public async Task<Guid> Handle(RecordPaymentOutcomeCommand request, CancellationToken cancellationToken)
    {
        var (subscription, _, _) = await state.LoadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var status = PaymentStatus.Of(request.Status);
        var payment = Payment.Record(subscription, request.Amount, request.Currency, status, request.ProviderReference, request.Description, caller.UserId, now);
        payments.Add(payment);
        subscription.ApplyPaymentOutcome(status, now);
        return payment.Id;
    }
}
