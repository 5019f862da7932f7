using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PenguinMails.BuildingBlocks.Infrastructure.Rls;

/// <summary>Sets the tenant context as the first statement of every transaction EF Core begins itself.</summary>
public sealed class RlsTransactionInterceptor : DbTransactionInterceptor
{
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (eventData.Context is ITenantContextSource source)
        {
            TenantContextSql.Apply(connection, result, source.CurrentTenantId, source.CurrentUserId);
        }

        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ITenantContextSource source)
        {
            await TenantContextSql.ApplyAsync(connection, result, source.CurrentTenantId, source.CurrentUserId, cancellationToken);
        }

        return result;
    }
}
