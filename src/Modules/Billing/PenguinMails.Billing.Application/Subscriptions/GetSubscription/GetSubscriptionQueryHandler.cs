using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Subscriptions.GetSubscription;

namespace PenguinMails.Billing.Application.Subscriptions.GetSubscription;

internal sealed class GetSubscriptionQueryHandler(BillingState state, IMapper mapper) : IRequestHandler<GetSubscriptionQuery, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(GetSubscriptionQuery request, CancellationToken cancellationToken)
    {
        var (subscription, plan, _) = await state.LoadAsync(cancellationToken);
        return mapper.Map<SubscriptionDto>(subscription) with { PlanSlug = plan.Slug };
    }
}
