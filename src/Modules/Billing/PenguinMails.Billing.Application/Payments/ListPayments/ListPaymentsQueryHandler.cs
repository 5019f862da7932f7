using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Payments.ListPayments;

internal sealed class ListPaymentsQueryHandler(IPaymentRepository payments) : IRequestHandler<ListPaymentsQuery, CursorPage<PaymentDto>>
{
    public async Task<CursorPage<PaymentDto>> Handle(ListPaymentsQuery request, CancellationToken cancellationToken)
    {
        var before = KeysetCursor.TryDecode<DateTimeOffset, Guid>(request.Cursor, out var created, out var id) ? (created, id) : ((DateTimeOffset, Guid)?)null;
        var rows = await payments.ListAsync(before?.Item1, before?.Item2, request.Limit + 1, cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit,
            p => new PaymentDto(p.Id, p.Amount, p.Currency, p.Status, p.Processed, p.Description, p.BillingPeriodStart, p.BillingPeriodEnd, p.Created),
            p => KeysetCursor.Encode(p.Created, p.Id));
    }
}
