using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Ready when the database answers as the API's role and every versioned migration has been applied.</summary>
internal sealed class DatabaseReadyHealthCheck(NpgsqlDataSource dataSource, MigrationCatalog catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand($"SELECT name FROM {DatabaseMigrator.MetadataTable} WHERE success");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var applied = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            var pending = catalog.VersionedScripts.Where(s => !applied.Contains(s)).ToArray();
            return pending.Length == 0
                ? HealthCheckResult.Healthy("Database reachable; migrations current.")
                : HealthCheckResult.Unhealthy($"Migrations not applied: {string.Join(", ", pending)}.");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.");
        }
    }
}
