using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Ready when a database (the operational one, or the Content Database) answers as the API's role and every versioned
/// migration of its catalog has been applied: an instance never serves a schema older than its code.
/// </summary>
internal sealed class DatabaseReadyHealthCheck(NpgsqlDataSource dataSource, MigrationCatalog catalog, string databaseName) : IHealthCheck
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
                ? HealthCheckResult.Healthy($"{databaseName} reachable; migrations current.")
                : HealthCheckResult.Unhealthy($"{databaseName}: migrations not applied: {string.Join(", ", pending)}.");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{databaseName} unreachable.");
        }
    }
}
