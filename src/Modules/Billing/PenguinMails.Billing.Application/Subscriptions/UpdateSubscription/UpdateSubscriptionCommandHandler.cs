using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Subscriptions.UpdateSubscription;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Identity.Contracts.Members.IsActiveMember;

namespace PenguinMails.Billing.Application.Subscriptions.UpdateSubscription;

internal sealed class UpdateSubscriptionCommandHandler(BillingState state, IMediator mediator, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateSubscriptionCommand, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(UpdateSubscriptionCommand request, CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new IsActiveMemberQuery(request.BillingContactUserId), cancellationToken))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["billingContactUserId"] = ["The billing contact must be an active member of this tenant."],
            });
        }

        var (subscription, plan, _) = await state.LoadAsync(cancellationToken);
        subscription.SetBillingContact(request.BillingContactUserId, clock.GetUtcNow());
        return mapper.Map<SubscriptionDto>(subscription) with { PlanSlug = plan.Slug };
    }
}
