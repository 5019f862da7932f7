using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Application.Plans;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Subscriptions.ChangePlan;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.Billing.Application.Subscriptions.ChangePlan;

internal sealed class ChangePlanCommandHandler(BillingState state, IPlanRepository plans, ITenantLocks locks, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ChangePlanCommand, SubscriptionDto>
{
    /// <summary>The lock plan changes and limit checks share, so a downgrade's usage check cannot race an insert.</summary>
    public const string PlanLock = "billing:plan";

    public async Task<SubscriptionDto> Handle(ChangePlanCommand request, CancellationToken cancellationToken)
    {
        await locks.LockAsync(PlanLock, cancellationToken);
        var (subscription, current, addons) = await state.LoadAsync(cancellationToken);
        var target = await plans.SingleOrDefaultAsync(new PlanByIdSpecification(request.PlanId), cancellationToken)
                     ?? throw NotFoundException.For("plan", request.PlanId);

        if (target.MonthlyPrice < current.MonthlyPrice)
        {
            var exceeded = EntitlementsCalculator.Exceeded(EntitlementsCalculator.Compute(target, addons), await state.UsageAsync(cancellationToken));
            if (exceeded.Count > 0)
            {
                throw new ConflictException("usage-exceeds-plan",
                    $"Current usage does not fit the {target.Slug} plan: {string.Join(", ", exceeded.Select(e => $"{e.Current} {e.Limit} (max {e.Max})"))}.",
                    new Dictionary<string, object?> { ["exceeded"] = exceeded });
            }
        }

        var change = subscription.ChangePlan(current, target, clock.GetUtcNow());
        return mapper.Map<SubscriptionDto>(subscription) with { PlanSlug = (change == PlanChange.Upgraded ? target : current).Slug };
    }
}
