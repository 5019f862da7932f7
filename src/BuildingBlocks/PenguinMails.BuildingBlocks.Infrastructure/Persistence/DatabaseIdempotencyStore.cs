using System.Data;
using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// <c>idempotency_keys</c> on the request's own connection, outside its command's transaction. A claim is a row whose
/// status is still null; each statement is its own short transaction, so nothing is held on a server connection between
/// them (PgBouncer in transaction pooling hands that connection to other clients).
/// </summary>
internal sealed class DatabaseIdempotencyStore(DbSession session) : IIdempotencyStore
{
    // Row-level security narrows every statement to the caller's rows; InScope keeps a tenant's keys apart from its user's
    // own keys outside tenants, in a form the two unique indexes serve (COALESCE(tenant_id, user_id) would scan).
    private const string InScope = "(tenant_id = @scope OR (tenant_id IS NULL AND user_id = @scope))";

    // One round trip: expired answers and this key's abandoned claim go, the claim is tried, and the key's row is read.
    private const string ClaimSql = TenantContextSql.CallPrefix + $"""
        DELETE FROM idempotency_keys WHERE {InScope}
            AND (created <= now() - interval '24 hours' OR (key = @key AND status IS NULL AND created <= now() - @lease));
        INSERT INTO idempotency_keys (tenant_id, user_id, key, request_hash) VALUES (@tenant, @user, @key, @hash)
            ON CONFLICT DO NOTHING RETURNING TRUE;
        SELECT request_hash, status, content_type, location, body FROM idempotency_keys
        WHERE key = @key AND {InScope}
        """;

    private const string CompleteSql = TenantContextSql.CallPrefix + $"""
        UPDATE idempotency_keys SET status = @status, content_type = @content_type, location = @location, body = @body
        WHERE key = @key AND {InScope} AND status IS NULL
        """;

    private const string AbandonSql = TenantContextSql.CallPrefix + $"""
        DELETE FROM idempotency_keys WHERE key = @key AND {InScope} AND status IS NULL
        """;

    public async Task<IdempotencyRecord?> ClaimAsync(IdempotencyScope scope, string key, byte[] requestHash, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(ClaimSql, scope, key, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = (object?)scope.TenantId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Uuid) { Value = scope.TenantId is null ? scope.UserId : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("hash", NpgsqlDbType.Bytea) { Value = requestHash });
        command.Parameters.Add(new NpgsqlParameter("lease", NpgsqlDbType.Interval) { Value = IIdempotencyStore.ClaimLease });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = await reader.ReadAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        if (claimed || !await reader.ReadAsync(cancellationToken))
        {
            // Not claimed and no row: it expired between the statements; the retry that follows will claim it.
            return claimed ? null : new IdempotencyRecord(requestHash, null);
        }

        var response = reader.IsDBNull(1)
            ? null
            : new StoredResponse(reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<byte[]>(4));
        return new IdempotencyRecord(reader.GetFieldValue<byte[]>(0), response);
    }

    public async Task CompleteAsync(IdempotencyScope scope, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(CompleteSql, scope, key, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Integer) { Value = response.Status });
        command.Parameters.Add(new NpgsqlParameter("content_type", NpgsqlDbType.Text) { Value = (object?)response.ContentType ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("location", NpgsqlDbType.Text) { Value = (object?)response.Location ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Bytea) { Value = response.Body });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AbandonAsync(IdempotencyScope scope, string key)
    {
        await using var command = await CommandAsync(AbandonSql, scope, key, CancellationToken.None);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, IdempotencyScope scope, string key, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)session.Connection;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var command = new NpgsqlCommand(sql, connection);
        TenantContextSql.AddParameters(command, scope.TenantId, scope.UserId);
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Uuid) { Value = scope.Id });
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
        return command;
    }
}
