using Ardalis.Specification;
using PenguinMails.Billing.Contracts.Payments.ListPayments;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Billing.Application.Payments.ListPayments;

/// <summary>A page of the tenant's payments, newest first, before the cursor's position; one more to tell whether a next page exists.</summary>
internal sealed class PaymentsPageSpecification : Specification<Payment>
{
    public PaymentsPageSpecification(ListPaymentsQuery request)
    {
        if (CreatedPosition.Decode(request.Cursor) is { } before)
        {
            Query.Where(p => p.Created < before.Created || (p.Created == before.Created && p.Id.CompareTo(before.Id) < 0));
        }

        Query.OrderByDescending(p => p.Created).ThenByDescending(p => p.Id).Take(request.Limit + 1);
    }
}
