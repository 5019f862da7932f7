using System.Data;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using PenguinMails.Billing.Application;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;

namespace PenguinMails.Billing.Infrastructure.RateLimits;

/// <summary>
/// Fixed one-minute windows in <c>rate_limit_counters</c>, shared by every API instance. Each instance counts a tenant's
/// requests in memory (<see cref="RateLimitWindows"/>) and folds them into the shared count with one statement when its
/// view is older than <see cref="BillingOptions.RateLimitSyncMilliseconds"/> or the minute has turned; that statement
/// also drops the tenant's earlier windows and reads the plan's <c>api_rate_limit</c>. Within one instance the count is
/// exact; across instances each sees the others' requests at most that late.
/// </summary>
internal sealed class DatabaseRateLimiter(DbSession session, RateLimitWindows windows, IOptions<BillingOptions> options, TimeProvider clock) : IRateLimiter
{
    private const string Sql = TenantContextSql.CallPrefix + """
        WITH expired AS (
            DELETE FROM rate_limit_counters WHERE tenant_id = @tenant AND window_start < date_trunc('minute', now())
        ), counted AS (
            INSERT INTO rate_limit_counters (tenant_id, window_start, count) VALUES (@tenant, date_trunc('minute', now()), @requests)
            ON CONFLICT (tenant_id, window_start) DO UPDATE SET count = rate_limit_counters.count + excluded.count
            RETURNING count, window_start
        )
        SELECT c.count,
               (SELECT p.api_rate_limit FROM subscriptions s JOIN plans p ON p.id = s.plan_id
                WHERE s.tenant_id = @tenant AND s.status <> 'canceled'),
               c.window_start
        FROM counted c
        """;

    public async Task<RateLimitDecision> HitAsync(Guid tenantId, Guid? userId, CancellationToken cancellationToken)
    {
        var window = windows.For(tenantId);
        var maxAge = TimeSpan.FromMilliseconds(options.Value.RateLimitSyncMilliseconds);
        if (window.TryCountHere(clock.GetUtcNow(), maxAge) is { } decided)
        {
            return decided;
        }

        var requests = window.TakeUnsynced() + 1;
        try
        {
            var connection = (NpgsqlConnection)session.Connection;
            if (connection.State != ConnectionState.Open)
            {
                await connection.OpenAsync(cancellationToken);
            }

            await using var command = new NpgsqlCommand(Sql, connection);
            TenantContextSql.AddParameters(command, tenantId, userId);
            command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = tenantId });
            command.Parameters.Add(new NpgsqlParameter("requests", NpgsqlDbType.Integer) { Value = requests });
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return window.Synced(reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), clock.GetUtcNow());
        }
        catch
        {
            window.SyncFailed(requests - 1);
            throw;
        }
    }
}
