using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Switches the scope's caller and, inside a unit of work, the transaction's RLS context with it.</summary>
internal sealed class CallerContext(RequestCaller caller, DbSession session) : ICallerContext
{
    public Task ActAsAsync(Guid? userId, Guid? tenantId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        caller.Set(userId, tenantId, roles);
        return session.ReapplyContextAsync(cancellationToken);
    }
}
