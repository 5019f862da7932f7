using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Payments.ListPayments;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Payments.ListPayments;

internal sealed class ListPaymentsQueryHandler(IPaymentRepository payments, IMapper mapper) : IRequestHandler<ListPaymentsQuery, CursorPage<PaymentDto>>
{
    public async Task<CursorPage<PaymentDto>> Handle(ListPaymentsQuery request, CancellationToken cancellationToken)
    {
        var rows = await payments.ListAsync(new PaymentsPageSpecification(request), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit,
            mapper.Map<PaymentDto>,
            p => new CreatedPosition(p.Created, p.Id).Encode());
    }
}
