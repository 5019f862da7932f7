using EvolveDb;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;
using PenguinMails.Database;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Database;

public sealed class MigrationTests : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestPostgres.CreateEmptyDatabaseAsync();

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(_database);

    [Fact]
    public async Task An_empty_database_migrates_to_the_current_version_and_a_second_run_applies_nothing()
    {
        var first = TestPostgres.Migrate(_database);
        Assert.Equal(PenguinMailsDatabase.Migrations.VersionedScripts.Count + 1, first.Applied); // + the repeatable reference data
        Assert.Equal(42, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'"));

        var second = TestPostgres.Migrate(_database);
        Assert.Equal(0, second.Applied);
    }

    [Fact]
    public async Task An_empty_content_database_migrates_to_its_forced_message_log_and_a_second_run_applies_nothing()
    {
        var content = _database + "_content";
        await TestPostgres.AdminExecuteAsync($"CREATE DATABASE {content} OWNER {TestPostgres.OwnerRole}");
        var migrate = () => new DatabaseMigrator(PenguinMailsDatabase.ContentMigrations, NullLogger<DatabaseMigrator>.Instance)
            .Migrate(TestPostgres.ConnectionString(content, TestPostgres.OwnerRole));

        Assert.Equal(PenguinMailsDatabase.ContentMigrations.VersionedScripts.Count, migrate().Applied);
        Assert.Equal(0, migrate().Applied);
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString(content, TestPostgres.OwnerRole));
        await connection.OpenAsync();
        await using var forced = new NpgsqlCommand(
            "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relforcerowsecurity", connection);
        Assert.Equal("email_content,email_messages", await forced.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_changed_applied_script_is_refused()
    {
        TestPostgres.Migrate(_database);
        await TestPostgres.AdminExecuteAsync("UPDATE schema_migrations SET checksum = 'tampered' WHERE name = 'V1__schema_guide_tables.sql'", _database);
        Assert.ThrowsAny<EvolveException>(() => TestPostgres.Migrate(_database));
    }

    [Fact]
    public async Task The_roles_have_exactly_the_documented_attributes()
    {
        TestPostgres.Migrate(_database);
        var roles = await RowsAsync("""
            SELECT rolname || ':' || rolsuper || ':' || rolbypassrls || ':' || rolcreaterole || ':' || rolcreatedb || ':' || rolcanlogin
            FROM pg_roles WHERE rolname LIKE 'penguinmails_%' ORDER BY rolname
            """);
        Assert.Equal(
            ["penguinmails_app:false:false:false:false:true", "penguinmails_owner:false:false:false:false:true", "penguinmails_platform:false:true:false:false:true"],
            roles);

        Assert.Equal(0L, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname IN ('penguinmails_app', 'penguinmails_platform')"));
        Assert.Equal(42L, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'penguinmails_owner' AND tablename <> 'schema_migrations'"));
    }

    [Fact]
    public async Task The_guides_indexes_and_policies_exist_under_their_names_and_every_policy_table_is_forced()
    {
        TestPostgres.Migrate(_database);
        var indexes = await RowsAsync("SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public'");
        Assert.Subset(indexes.ToHashSet(), new HashSet<string>
        {
            "idx_campaigns_tenant", "idx_leads_tenant", "idx_domains_tenant", "idx_email_accounts_tenant",
            "idx_campaign_sequence_steps_campaign_order", "idx_tenant_users_tenant", "idx_tenant_users_user",
            "idx_smtp_ip_addresses_status", "idx_domain_ip_assignments_domain",
        });

        var policies = await RowsAsync("SELECT policyname::text FROM pg_policies WHERE schemaname = 'public'");
        Assert.Subset(policies.ToHashSet(), new HashSet<string>
        {
            "campaigns_tenant_isolation", "leads_tenant_isolation", "domains_tenant_isolation", "email_accounts_tenant_isolation",
            "templates_tenant_isolation", "companies_tenant_isolation", "user_preferences_isolation", "tenant_config_isolation",
            "tenant_policies_isolation",
        });

        Assert.Equal(30L, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relrowsecurity AND relforcerowsecurity"));
        Assert.Equal(0L, await ScalarAsync<long>(
            "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relrowsecurity <> relforcerowsecurity"));
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString(_database, TestPostgres.OwnerRole));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString(_database, TestPostgres.OwnerRole));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
