using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Application.Subscriptions.ChangePlan;
using PenguinMails.Billing.Contracts.Addons.RemoveAddon;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;

namespace PenguinMails.Billing.Application.Addons.RemoveAddon;

internal sealed class RemoveAddonCommandHandler(BillingState state, ITenantLocks locks, TimeProvider clock) : IRequestHandler<RemoveAddonCommand, Unit>
{
    public async Task<Unit> Handle(RemoveAddonCommand request, CancellationToken cancellationToken)
    {
        await locks.LockAsync(ChangePlanCommandHandler.PlanLock, cancellationToken);
        var (_, plan, addons) = await state.LoadAsync(cancellationToken);
        var addon = addons.SingleOrDefault(a => a.Id == request.Id) ?? throw NotFoundException.For("add-on", request.Id);

        var remaining = EntitlementsCalculator.Compute(plan, addons.Where(a => a.Id != addon.Id));
        var exceeded = EntitlementsCalculator.Exceeded(remaining, await state.UsageAsync(cancellationToken));
        if (exceeded.Count > 0)
        {
            throw new ConflictException("usage-exceeds-plan", "Current usage needs the capacity this add-on gives.",
                new Dictionary<string, object?> { ["exceeded"] = exceeded });
        }

        addon.Deactivate(clock.GetUtcNow());
        return Unit.Value;
    }
}
