using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// After PostgreSQL refuses a statement, the connection's prepared statements are discarded, on the server and in
/// Npgsql's books, before the connection serves anyone else. A statement refused while it was being prepared (an
/// invalid parameter, a value too long) leaves Npgsql's record of what is prepared out of step with the server
/// (npgsql/npgsql#6391, open in 10.0.3): the next request on that pooled connection, any tenant's, failed with
/// "Received unexpected backend message". <c>DEALLOCATE ALL</c> puts both sides back to nothing prepared; statements
/// are prepared again on their next uses (ADR 0020).
/// </summary>
public static class PreparedStatements
{
    /// <summary>Discards them if the connection is open and idle (no transaction, or after its rollback).</summary>
    public static void Discard(DbConnection? connection)
    {
        if (connection is not NpgsqlConnection { State: ConnectionState.Open } npgsql)
        {
            return;
        }

        try
        {
            npgsql.UnprepareAll();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // The connection itself broke: Npgsql will not pool it again, so there is nothing left to put right.
        }
    }
}

/// <summary>
/// The failures EF Core sees: a refused statement outside a transaction is put right at once, before EF Core closes
/// the connection back into the pool; inside a transaction EF Core began, after its rollback; inside the unit of work,
/// <see cref="DbSession.RollbackAsync"/> does it.
/// </summary>
public sealed class PreparedStatementResetInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        PreparedStatements.Discard(transaction.Connection ?? eventData.Context?.Database.GetDbConnection());

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        PreparedStatements.Discard(transaction.Connection ?? eventData.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Reset(command, eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Reset(command, eventData);
        return Task.CompletedTask;
    }

    private static void Reset(DbCommand command, CommandErrorEventData eventData)
    {
        if (command.Transaction is null && eventData.Exception is PostgresException)
        {
            PreparedStatements.Discard(command.Connection);
        }
    }
}
