using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Addons.AddAddon;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Domain;

namespace PenguinMails.Billing.Application.Addons.AddAddon;

internal sealed class AddAddonCommandHandler(BillingState state, IAddonRepository addons, TimeProvider clock, IMapper mapper) : IRequestHandler<AddAddonCommand, AddonDto>
{
    public async Task<AddonDto> Handle(AddAddonCommand request, CancellationToken cancellationToken)
    {
        var (subscription, _, _) = await state.LoadAsync(cancellationToken);
        var kind = AddonCatalog.Find(request.AddonType)!;
        var addon = SubscriptionAddon.Add(subscription, kind.Type, request.Quantity, kind.UnitPriceMonthly, clock.GetUtcNow());
        addons.Add(addon);
        return mapper.Map<AddonDto>(addon);
    }
}
