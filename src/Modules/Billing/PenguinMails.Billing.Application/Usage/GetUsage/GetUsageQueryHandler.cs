using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Contracts.Usage.GetUsage;

namespace PenguinMails.Billing.Application.Usage.GetUsage;

internal sealed class GetUsageQueryHandler(BillingState state) : IRequestHandler<GetUsageQuery, UsageDto>
{
    public async Task<UsageDto> Handle(GetUsageQuery request, CancellationToken cancellationToken)
    {
        var (_, plan, addons) = await state.LoadAsync(cancellationToken);
        var entitlements = EntitlementsCalculator.Compute(plan, addons);
        var usage = await state.UsageAsync(cancellationToken);
        return new UsageDto(plan.Slug, [.. PlanLimit.All.Select(limit => new LimitUsageDto(limit, entitlements.Max(limit), usage.GetValueOrDefault(limit)))]);
    }
}
