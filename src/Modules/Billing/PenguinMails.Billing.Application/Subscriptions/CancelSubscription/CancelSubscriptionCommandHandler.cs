using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Subscriptions.CancelSubscription;

namespace PenguinMails.Billing.Application.Subscriptions.CancelSubscription;

internal sealed class CancelSubscriptionCommandHandler(BillingState state, TimeProvider clock, IMapper mapper) : IRequestHandler<CancelSubscriptionCommand, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(CancelSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var (subscription, plan, _) = await state.LoadAsync(cancellationToken);
        subscription.CancelAtEndOfPeriod(clock.GetUtcNow());
        return mapper.Map<SubscriptionDto>(subscription) with { PlanSlug = plan.Slug };
    }
}
