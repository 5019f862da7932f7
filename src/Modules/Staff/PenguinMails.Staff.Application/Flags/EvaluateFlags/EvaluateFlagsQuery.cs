using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Staff.Application.Flags.EvaluateFlags;

/// <summary>
/// Every flag's answer for the current tenant (<c>GET /api/v1/feature-flags</c>, and in-process for any module):
/// on when enabled and the tenant's stable bucket falls inside the roll-out.
/// </summary>
public sealed record EvaluateFlagsQuery : IQuery<IReadOnlyDictionary<string, bool>>;

internal sealed class EvaluateFlagsQueryHandler(IFeatureFlagRepository flags, ICurrentTenant tenant) : IRequestHandler<EvaluateFlagsQuery, IReadOnlyDictionary<string, bool>>
{
    public async Task<IReadOnlyDictionary<string, bool>> Handle(EvaluateFlagsQuery request, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequireTenantId();
        return (await flags.ListAsync(cancellationToken)).ToDictionary(f => f.Key, f => f.IsOnFor(tenantId), StringComparer.Ordinal);
    }
}
