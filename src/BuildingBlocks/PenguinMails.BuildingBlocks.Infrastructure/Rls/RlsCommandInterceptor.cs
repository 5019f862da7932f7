using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PenguinMails.BuildingBlocks.Infrastructure.Rls;

/// <summary>
/// Gives every EF Core command that runs outside an explicit transaction the request's tenant context, in the
/// same round trip: <c>CALL set_app_context(...)</c> is prefixed to the command, and Npgsql runs the batch in one
/// implicit transaction, so the setting lasts exactly as long as the statement. Commands inside an explicit
/// transaction are left alone: <see cref="RlsTransactionInterceptor"/> or the unit of work set the context when
/// the transaction began. A procedure call, unlike a SELECT, adds no result set for EF Core to misread.
/// </summary>
public sealed class RlsCommandInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Prefix(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Prefix(DbCommand command, CommandEventData eventData)
    {
        if (command.Transaction is not null || eventData.Context is not ITenantContextSource source)
        {
            return;
        }

        command.CommandText = TenantContextSql.CallPrefix + command.CommandText;
        TenantContextSql.AddParameters(command, source.CurrentTenantId, source.CurrentUserId);
    }
}
