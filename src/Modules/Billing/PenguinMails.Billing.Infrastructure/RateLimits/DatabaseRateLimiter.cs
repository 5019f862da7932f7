using System.Data;
using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;

namespace PenguinMails.Billing.Infrastructure.RateLimits;

/// <summary>
/// Fixed one-minute windows in <c>rate_limit_counters</c>: one statement per request counts it, drops the tenant's
/// earlier windows and reads the plan's <c>api_rate_limit</c>, on the request's connection before any transaction.
/// </summary>
internal sealed class DatabaseRateLimiter(DbSession session) : IRateLimiter
{
    private const string Sql = TenantContextSql.CallPrefix + """
        WITH expired AS (
            DELETE FROM rate_limit_counters WHERE tenant_id = @tenant AND window_start < date_trunc('minute', now())
        ), counted AS (
            INSERT INTO rate_limit_counters (tenant_id, window_start, count) VALUES (@tenant, date_trunc('minute', now()), 1)
            ON CONFLICT (tenant_id, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
            RETURNING count, window_start
        )
        SELECT c.count,
               (SELECT p.api_rate_limit FROM subscriptions s JOIN plans p ON p.id = s.plan_id
                WHERE s.tenant_id = @tenant AND s.status <> 'canceled'),
               ceil(extract(epoch FROM c.window_start + interval '1 minute' - now()))::int
        FROM counted c
        """;

    public async Task<RateLimitDecision> HitAsync(Guid tenantId, Guid? userId, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)session.Connection;
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(Sql, connection);
        TenantContextSql.AddParameters(command, tenantId, userId);
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = tenantId });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int? limit = reader.IsDBNull(1) ? null : reader.GetInt32(1);
        var count = reader.GetInt32(0);
        return new RateLimitDecision(limit, (limit ?? int.MaxValue) - count, Math.Max(1, reader.GetInt32(2)));
    }
}
