using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Contracts.Flags.EvaluateFlags;

namespace PenguinMails.Staff.Application.Flags.EvaluateFlags;

internal sealed class EvaluateFlagsQueryHandler(IFeatureFlagRepository flags, ICurrentTenant tenant) : IRequestHandler<EvaluateFlagsQuery, IReadOnlyDictionary<string, bool>>
{
    public async Task<IReadOnlyDictionary<string, bool>> Handle(EvaluateFlagsQuery request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequireTenantId();
        return (await flags.ListAsync(cancellationToken)).ToDictionary(f => f.Key, f => f.IsOnFor(tenantId), StringComparer.Ordinal);
    }
}
