using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Subscriptions.ResumeSubscription;

namespace PenguinMails.Billing.Application.Subscriptions.ResumeSubscription;

internal sealed class ResumeSubscriptionCommandHandler(BillingState state, TimeProvider clock, IMapper mapper) : IRequestHandler<ResumeSubscriptionCommand, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(ResumeSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var (subscription, plan, _) = await state.LoadAsync(cancellationToken);
        subscription.Resume(clock.GetUtcNow());
        return mapper.Map<SubscriptionDto>(subscription) with { PlanSlug = plan.Slug };
    }
}
