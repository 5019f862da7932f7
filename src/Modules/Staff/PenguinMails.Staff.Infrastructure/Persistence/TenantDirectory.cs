using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Staff.Application;
using PenguinMails.Staff.Contracts;

namespace PenguinMails.Staff.Infrastructure.Persistence;

/// <summary>
/// Support's view across tenants, read as the platform role (the API's role sees one tenant at a time): one statement,
/// each count served by its table's tenant-leading index.
/// </summary>
internal sealed class TenantDirectory(IServiceProvider services) : ITenantDirectory
{
    private const string Sql = """
        SELECT t.id, t.name, t.created, t.deleted, p.slug, s.status,
               (SELECT count(*) FROM tenant_users tu WHERE tu.tenant_id = t.id AND tu.deleted IS NULL)::int,
               (SELECT count(*) FROM domains d WHERE d.tenant_id = t.id)::int,
               (SELECT count(*) FROM email_accounts e WHERE e.tenant_id = t.id)::int,
               (SELECT count(*) FROM leads l WHERE l.tenant_id = t.id)::int,
               (SELECT count(*) FROM campaigns c WHERE c.tenant_id = t.id)::int
        FROM tenants t
        LEFT JOIN subscriptions s ON s.tenant_id = t.id AND s.status <> 'canceled'
        LEFT JOIN plans p ON p.id = s.plan_id
        WHERE @after_created::timestamptz IS NULL OR (t.created, t.id) > (@after_created, @after_id)
        ORDER BY t.created, t.id
        LIMIT @take
        """;

    public async Task<List<TenantSummaryDto>> ListAsync(DateTimeOffset? afterCreated, Guid? afterId, int take, CancellationToken cancellationToken)
    {
        var platform = (PlatformDataSource?)services.GetService(typeof(PlatformDataSource))
                       ?? throw new ServiceUnavailableException(
                           $"Cross-tenant reads are off: ConnectionStrings:{InfrastructureServiceCollectionExtensions.PlatformConnectionName} is not configured.");
        await using var command = platform.DataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter("after_created", NpgsqlDbType.TimestampTz) { Value = (object?)afterCreated ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Uuid) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = take });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TenantSummaryDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new TenantSummaryDto(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10)));
        }

        return rows;
    }
}
