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
    private const string LockSql = "SELECT pg_advisory_lock(hashtext(@tenant::text), hashtext('idempotency:' || @key))";
    private const string UnlockSql = "SELECT pg_advisory_unlock(hashtext(@tenant::text), hashtext('idempotency:' || @key))";

    private const string FindSql = TenantContextSql.CallPrefix + """
        SELECT request_hash, status, content_type, location, body FROM idempotency_keys
        WHERE tenant_id = @tenant AND key = @key AND created > now() - interval '24 hours'
        """;

    // Expired keys of the tenant go as a new one is stored.
    private const string SaveSql = TenantContextSql.CallPrefix + """
        WITH expired AS (DELETE FROM idempotency_keys WHERE tenant_id = @tenant AND created <= now() - interval '24 hours')
        INSERT INTO idempotency_keys (tenant_id, key, request_hash, status, content_type, location, body)
        VALUES (@tenant, @key, @hash, @status, @content_type, @location, @body)
        ON CONFLICT (tenant_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status,
            content_type = EXCLUDED.content_type, location = EXCLUDED.location, body = EXCLUDED.body, created = now()
        """;

    public async Task LockAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(LockSql, tenantId, key, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(Guid tenantId, string key)
    {
        await using var command = await CommandAsync(UnlockSql, tenantId, key, CancellationToken.None);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    public async Task<StoredResponse?> FindAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(FindSql, tenantId, key, cancellationToken);
        TenantContextSql.AddParameters(command, tenantId, null);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredResponse(reader.GetFieldValue<byte[]>(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<byte[]>(4))
            : null;
    }

    public async Task SaveAsync(Guid tenantId, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(SaveSql, tenantId, key, cancellationToken);
        TenantContextSql.AddParameters(command, tenantId, null);
        command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Bytea) { Value = response.RequestHash });
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Integer) { Value = response.Status });
        command.Parameters.Add(new NpgsqlParameter("content_type", NpgsqlDbType.Text) { Value = (object?)response.ContentType ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("location", NpgsqlDbType.Text) { Value = (object?)response.Location ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Bytea) { Value = response.Body });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, Guid tenantId, string key, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)session.Connection;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
        return command;
    }
}
