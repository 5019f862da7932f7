using System.Reflection;
using EvolveDb;
using EvolveDb.Dialect;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PenguinMails.BuildingBlocks.Infrastructure.Migrations;

/// <summary>
/// Applies the SQL-first migrations (ADR 0003) with Evolve: versioned <c>V{n}__name.sql</c> scripts in order,
/// each checksum-recorded in <c>schema_migrations</c>; an applied script that changed is refused; re-running
/// applies nothing; repeatable <c>R__</c> scripts re-run when they change. build/migrate.sh and the test
/// fixture both come through here.
/// </summary>
public sealed partial class DatabaseMigrator(MigrationCatalog catalog, ILogger<DatabaseMigrator> logger)
{
    public const string MetadataTable = "schema_migrations";

    public MigrationReport Migrate(string ownerConnectionString)
    {
        using var connection = new NpgsqlConnection(ownerConnectionString);
        var evolve = new Evolve(connection, message => LogEvolve(logger, message), DBMS.PostgreSQL)
        {
            EmbeddedResourceAssemblies = [catalog.Assembly],
            EmbeddedResourceFilters = [catalog.ResourcePrefix],
            MetadataTableName = MetadataTable,
            IsEraseDisabled = true,
            OutOfOrder = false,
        };
        evolve.Migrate();
        return new MigrationReport(evolve.NbMigration, evolve.AppliedMigrations.ToArray());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{EvolveMessage}")]
    private static partial void LogEvolve(ILogger logger, string evolveMessage);
}

public sealed record MigrationReport(int Applied, IReadOnlyList<string> Names);

/// <summary>Where the migration scripts are embedded, and which versioned scripts a current database has applied.</summary>
public sealed class MigrationCatalog(Assembly assembly, string resourcePrefix)
{
    public Assembly Assembly { get; } = assembly;

    public string ResourcePrefix { get; } = resourcePrefix;

    /// <summary>File names of the versioned scripts (V1__x.sql, ...), as Evolve records them.</summary>
    public IReadOnlyList<string> VersionedScripts { get; } = assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(resourcePrefix + ".V", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[(resourcePrefix.Length + 1)..])
        .Order(StringComparer.Ordinal)
        .ToArray();
}
