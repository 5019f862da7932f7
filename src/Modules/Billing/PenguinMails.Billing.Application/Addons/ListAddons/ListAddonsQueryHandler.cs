using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts.Addons.ListAddons;
using PenguinMails.Billing.Contracts.Entitlements;

namespace PenguinMails.Billing.Application.Addons.ListAddons;

internal sealed class ListAddonsQueryHandler(BillingState state, IMapper mapper) : IRequestHandler<ListAddonsQuery, IReadOnlyList<AddonDto>>
{
    public async Task<IReadOnlyList<AddonDto>> Handle(ListAddonsQuery request, CancellationToken cancellationToken)
    {
        var (_, _, addons) = await state.LoadAsync(cancellationToken);
        return [.. addons.OrderBy(a => a.Created).Select(mapper.Map<AddonDto>)];
    }
}
