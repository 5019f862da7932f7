using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>
/// Looks the ids up, through the platform role (which RLS does not hide rows from), in every table that has a uuid
/// <c>id</c> and a <c>tenant_id</c> (rows of the platform itself, with no tenant, do not count): one statement of primary-key probes, run only after a tenant's request ended in 404.
/// Without a platform connection string there is nothing to ask and the answer is "no".
/// </summary>
internal sealed class CrossTenantProbe(IServiceProvider services) : ICrossTenantProbe
{
    private const string TablesSql = """
        SELECT c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND has_table_privilege(c.oid, 'SELECT')
          AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND a.atttypid = 'uuid'::regtype AND NOT a.attisdropped)
          AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND a.atttypid = 'uuid'::regtype AND NOT a.attisdropped)
        ORDER BY c.relname
        """;

    private readonly SemaphoreSlim _building = new(1, 1);
    private string? _probeSql;

    public async Task<bool> BelongsToAnotherTenantAsync(Guid tenantId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0 || services.GetService(typeof(PlatformDataSource)) is not PlatformDataSource platform)
        {
            return false;
        }

        await using var connection = await platform.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(await ProbeSqlAsync(connection, cancellationToken), connection);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = tenantId });
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    // Built from the catalogue once, so a table added by a later migration is covered without a code change.
    private async Task<string> ProbeSqlAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_probeSql is { } built)
        {
            return built;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_probeSql is null)
            {
                var tables = new List<string>();
                await using (var command = new NpgsqlCommand(TablesSql, connection))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        tables.Add(reader.GetString(0));
                    }
                }

                _probeSql = tables.Count == 0
                    ? "SELECT false"
                    : "SELECT " + string.Join(" OR ", tables.Select(t =>
                        $"EXISTS (SELECT FROM \"{t}\" WHERE id = ANY(@ids) AND tenant_id <> @tenant)"));
            }

            return _probeSql;
        }
        finally
        {
            _building.Release();
        }
    }
}
