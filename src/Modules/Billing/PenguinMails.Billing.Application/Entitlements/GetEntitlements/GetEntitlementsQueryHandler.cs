using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;

namespace PenguinMails.Billing.Application.Entitlements.GetEntitlements;

internal sealed class GetEntitlementsQueryHandler(BillingState state) : IRequestHandler<GetEntitlementsQuery, EntitlementsDto>
{
    public async Task<EntitlementsDto> Handle(GetEntitlementsQuery request, CancellationToken cancellationToken)
    {
        var (_, plan, addons) = await state.LoadAsync(cancellationToken);
        return EntitlementsCalculator.Compute(plan, addons);
    }
}
