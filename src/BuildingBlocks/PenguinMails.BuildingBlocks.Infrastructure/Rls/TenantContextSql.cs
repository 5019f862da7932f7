using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace PenguinMails.BuildingBlocks.Infrastructure.Rls;

/// <summary>
/// How the request's tenant and user reach PostgreSQL: <c>set_app_context</c> (migration V2) sets
/// <c>app.current_tenant_id</c> and <c>app.current_user_id</c> for the current transaction only, always as
/// parameters. A null sets the empty string, which the policies read as "no tenant": no rows.
/// </summary>
public static class TenantContextSql
{
    public const string TenantParameter = "__rls_tenant_id";
    public const string UserParameter = "__rls_user_id";

    private const string Call = "CALL set_app_context(@" + TenantParameter + ", @" + UserParameter + ")";

    /// <summary>Prefixed to a statement that runs outside an explicit transaction; its implicit transaction bounds the settings.</summary>
    public const string CallPrefix = Call + ";\n";

    public static void AddParameters(DbCommand command, Guid? tenantId, Guid? userId)
    {
        command.Parameters.Add(new NpgsqlParameter(TenantParameter, NpgsqlDbType.Uuid) { Value = (object?)tenantId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter(UserParameter, NpgsqlDbType.Uuid) { Value = (object?)userId ?? DBNull.Value });
    }

    /// <summary>Sets the context inside an explicit transaction. Npgsql sends the pending BEGIN with it: one round trip.</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, Guid? tenantId, Guid? userId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Call;
        AddParameters(command, tenantId, userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Apply(DbConnection connection, DbTransaction transaction, Guid? tenantId, Guid? userId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Call;
        AddParameters(command, tenantId, userId);
        command.ExecuteNonQuery();
    }
}
