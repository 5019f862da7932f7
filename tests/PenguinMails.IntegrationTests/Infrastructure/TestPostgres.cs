using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Database;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use: PENGUINMAILS_TEST_DB, a superuser connection string (build/test.sh starts
/// a throwaway server and sets it; a developer with Docker can point it at a container). Once per test run the
/// roles are bootstrapped and a template database is migrated through the same code path as build/migrate.sh;
/// each test class then clones the template (and the Content Database's template beside it), so classes run in parallel and never see each other's rows.
/// </summary>
public static class TestPostgres
{
    public const string OwnerRole = "penguinmails_owner";
    public const string AppRole = "penguinmails_app";
    public const string PlatformRole = "penguinmails_platform";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly SemaphoreSlim CloneLock = new(1, 1);

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("PENGUINMAILS_TEST_DB")
        ?? throw new InvalidOperationException(
            "PENGUINMAILS_TEST_DB is not set. Run ./build/test.sh, or set it to a PostgreSQL superuser connection string.");

    public static string ConnectionString(string database, string role, int? maxPoolSize = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Username = role };
        if (maxPoolSize is { } size)
        {
            builder.MaxPoolSize = size;
        }

        return builder.ConnectionString;
    }

    public static async Task<string> CloneTemplateAsync()
    {
        var template = await Template.Value;
        var name = "pm_test_" + Guid.NewGuid().ToString("N")[..16];
        await CloneLock.WaitAsync();
        try
        {
            await AdminExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template} OWNER {OwnerRole}");
            await AdminExecuteAsync($"CREATE DATABASE {name}{ContentConnections.DatabaseSuffix} TEMPLATE {template}{ContentConnections.DatabaseSuffix} OWNER {OwnerRole}");
        }
        finally
        {
            CloneLock.Release();
        }

        return name;
    }

    /// <summary>An empty database owned by the owner role, for the migration tests.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        await Template.Value; // roles exist
        var name = "pm_empty_" + Guid.NewGuid().ToString("N")[..16];
        await AdminExecuteAsync($"CREATE DATABASE {name} OWNER {OwnerRole}");
        return name;
    }

    /// <summary>Drops the database and its Content Database twin, if it has one.</summary>
    public static async Task DropDatabaseAsync(string name)
    {
        await AdminExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await AdminExecuteAsync($"DROP DATABASE IF EXISTS {name}{ContentConnections.DatabaseSuffix} WITH (FORCE)");
    }

    public static MigrationReport Migrate(string database) =>
        new DatabaseMigrator(PenguinMailsDatabase.Migrations, NullLogger<DatabaseMigrator>.Instance).Migrate(ConnectionString(database, OwnerRole));

    public static async Task AdminExecuteAsync(string sql, string database = "postgres")
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> CreateTemplateAsync()
    {
        await AdminExecuteAsync(PenguinMailsDatabase.BootstrapRolesSql());
        var password = new NpgsqlConnectionStringBuilder(AdminConnectionString).Password;
        if (!string.IsNullOrEmpty(password))
        {
            // A password-protected test server: the roles log in with the same throwaway password.
            foreach (var role in new[] { OwnerRole, AppRole, PlatformRole })
            {
                await AdminExecuteAsync($"ALTER ROLE {role} PASSWORD '{password.Replace("'", "''", StringComparison.Ordinal)}'");
            }
        }

        var name = "pm_template_" + Guid.NewGuid().ToString("N")[..16];
        await AdminExecuteAsync($"CREATE DATABASE {name} OWNER {OwnerRole}");
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString(name, OwnerRole)) { Pooling = false };
        new DatabaseMigrator(PenguinMailsDatabase.Migrations, NullLogger<DatabaseMigrator>.Instance).Migrate(builder.ConnectionString);
        await AdminExecuteAsync($"CREATE DATABASE {name}{ContentConnections.DatabaseSuffix} OWNER {OwnerRole}");
        new DatabaseMigrator(PenguinMailsDatabase.ContentMigrations, NullLogger<DatabaseMigrator>.Instance).Migrate(ContentConnections.Derive(builder.ConnectionString));
        return name;
    }
}
