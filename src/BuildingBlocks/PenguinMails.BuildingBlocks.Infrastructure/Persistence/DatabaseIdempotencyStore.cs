using System.Data;
using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// <c>idempotency_keys</c> on the request's own connection, outside its command's transaction; the key's lock is a
/// session-level advisory lock on that connection, released before the connection goes back to the pool.
/// </summary>
internal sealed class DatabaseIdempotencyStore(DbSession session) : IIdempotencyStore
{
    private const string LockSql = "SELECT pg_advisory_lock(hashtext(@scope::text), hashtext('idempotency:' || @key))";
    private const string UnlockSql = "SELECT pg_advisory_unlock(hashtext(@scope::text), hashtext('idempotency:' || @key))";

    // Row-level security narrows every statement to the scope's rows (the tenant's, or the user's outside tenants).
    private const string FindSql = TenantContextSql.CallPrefix + """
        SELECT request_hash, status, content_type, location, body FROM idempotency_keys
        WHERE key = @key AND COALESCE(tenant_id, user_id) = @scope AND created > now() - interval '24 hours'
        """;

    private const string SaveSql = TenantContextSql.CallPrefix + """
        WITH expired AS (DELETE FROM idempotency_keys WHERE COALESCE(tenant_id, user_id) = @scope AND created <= now() - interval '24 hours')
        INSERT INTO idempotency_keys (tenant_id, user_id, key, request_hash, status, content_type, location, body)
        VALUES (@tenant, @user, @key, @hash, @status, @content_type, @location, @body)
        """;

    public async Task LockAsync(IdempotencyScope scope, string key, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(LockSql, scope, key, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(IdempotencyScope scope, string key)
    {
        await using var command = await CommandAsync(UnlockSql, scope, key, CancellationToken.None);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    public async Task<StoredResponse?> FindAsync(IdempotencyScope scope, string key, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(FindSql, scope, key, cancellationToken);
        TenantContextSql.AddParameters(command, scope.TenantId, scope.UserId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredResponse(reader.GetFieldValue<byte[]>(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<byte[]>(4))
            : null;
    }

    public async Task SaveAsync(IdempotencyScope scope, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(SaveSql, scope, key, cancellationToken);
        TenantContextSql.AddParameters(command, scope.TenantId, scope.UserId);
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = (object?)scope.TenantId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Uuid) { Value = scope.TenantId is null ? scope.UserId : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Bytea) { Value = response.RequestHash });
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Integer) { Value = response.Status });
        command.Parameters.Add(new NpgsqlParameter("content_type", NpgsqlDbType.Text) { Value = (object?)response.ContentType ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("location", NpgsqlDbType.Text) { Value = (object?)response.Location ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Bytea) { Value = response.Body });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, IdempotencyScope scope, string key, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)session.Connection;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Uuid) { Value = scope.Id });
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
        return command;
    }
}
