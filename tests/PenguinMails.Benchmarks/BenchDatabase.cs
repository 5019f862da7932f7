using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Database;

namespace PenguinMails.Benchmarks;

/// <summary>The account the benchmark signs in as; its tenant is the one measured.</summary>
internal sealed record BenchAccount(Guid UserId, Guid TenantId, string Token, Guid CampaignId, Guid LeadId);

/// <summary>
/// A benchmark database on the local server, migrated and seeded once and reused by later runs (the database's comment
/// records what it holds): 1,000 tenants beside the measured one, each with leads, a company, templates and campaigns
/// of three steps. The measured tenant has the same data in every database, so only the table sizes differ.
/// </summary>
internal sealed class BenchDatabase(string server, string name, int totalLeads)
{
    public const int OtherTenants = 1000;
    public const int MeasuredTenantLeads = 50_000;
    public const int TemplatesPerTenant = 100;
    public const int CampaignsPerTenant = 100;
    public const int StepsPerCampaign = 3;
    public const string Email = "bench@penguinmails.test";
    public const string Password = "Benchmark password 1!";

    private string Seeded => $"penguinmails-bench seeded: {totalLeads} leads, v1";

    public string Name => name;

    public int TotalLeads => totalLeads;

    public string Super => $"{server};Database={name};Username=postgres";

    public string As(string role) => $"{server};Database={name};Username={role}";

    /// <summary>Creates and migrates the database; true when it still needs its data (<see cref="SeedAsync"/>).</summary>
    public async Task<bool> PrepareAsync()
    {
        await using (var admin = new NpgsqlConnection($"{server};Database=postgres;Username=postgres"))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", name);
            var comment = await exists.ExecuteScalarAsync();
            if (comment is string text && text == Seeded)
            {
                Migrate();
                return false;
            }

            if (comment is not null)
            {
                await Execute(admin, $"DROP DATABASE \"{name}\" WITH (FORCE)"); // half-seeded by an interrupted run
            }

            await Execute(admin, $"CREATE DATABASE \"{name}\" OWNER penguinmails_owner");
        }

        Migrate();
        return true;
    }

    /// <summary>Signs the measured account up through the API, then fills every table in set-based SQL as the superuser.</summary>
    public async Task SeedAsync(HttpClient api, ApiServer server)
    {
        await api.PostAsJsonAsync("/api/v1/auth/signup", new { email = Email, password = Password, name = "Benchmark", tenantName = "Measured tenant" }).EnsureSuccessAsync();
        var signUp = await api.PostAsJsonAsync("/api/v1/auth/signup/confirm", new { token = await server.EmailedTokenAsync("sign-up", Email) }).EnsureSuccessAsync();
        var tenant = (await signUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tenantId").GetGuid();
        var otherLeads = (totalLeads - MeasuredTenantLeads) / OtherTenants;
        await using var connection = new NpgsqlConnection(Super);
        await connection.OpenAsync();
        await Execute(connection, $$"""
            SET synchronous_commit = off;
            INSERT INTO plans (name, slug, max_users, max_domains, max_campaigns_per_month, api_rate_limit, max_email_accounts,
                               max_emails_per_month, max_warmups, max_contacts, api_access, is_active)
            VALUES ('Benchmark', 'benchmark', 1000, 1000, 1000000, 1000000000, 1000, 1000000000, 1000, 1000000000, true, false);
            UPDATE subscriptions SET plan_id = (SELECT id FROM plans WHERE slug = 'benchmark') WHERE tenant_id = '{{tenant}}';

            INSERT INTO tenants (id, name) SELECT gen_random_uuid(), 'Bench tenant ' || g FROM generate_series(1, {{OtherTenants}}) g;
            CREATE TEMP TABLE seeded AS
                SELECT id, row_number() OVER (ORDER BY id) AS n, {{otherLeads}} AS leads FROM tenants WHERE name LIKE 'Bench tenant %'
                UNION ALL SELECT '{{tenant}}'::uuid, 0, {{MeasuredTenantLeads}};
            INSERT INTO companies (tenant_id, name) SELECT id, 'Company ' || n FROM seeded;
            INSERT INTO leads (tenant_id, email, name, company, status)
                SELECT s.id, 'lead' || g || '.t' || s.n || '@example' || (g % 97) || '.com', 'Lead ' || g, 'Company ' || (g % 500), 'active'
                FROM seeded s, LATERAL generate_series(1, s.leads) g;
            INSERT INTO templates (tenant_id, name, subject, content, created)
                SELECT s.id, 'Template ' || g, 'Hello {{"{{"}}firstName{{"}}"}}', 'Hi {{"{{"}}firstName{{"}}"}}, a note about ' || g, now() - g * interval '1 minute'
                FROM seeded s, generate_series(1, {{TemplatesPerTenant}}) g;
            INSERT INTO campaigns (tenant_id, company_id, name, status, created, updated)
                SELECT s.id, c.id, 'Campaign ' || g, 'draft', now() - g * interval '1 minute', now()
                FROM seeded s JOIN companies c ON c.tenant_id = s.id AND c.name = 'Company ' || s.n, generate_series(1, {{CampaignsPerTenant}}) g;
            INSERT INTO campaign_sequence_steps (tenant_id, campaign_id, step_order, step_type, wait_duration_hours)
                SELECT c.tenant_id, c.id, o, 'wait', 24 * o FROM campaigns c, generate_series(1, {{StepsPerCampaign}}) o;
            """);
        await Execute(connection, "VACUUM ANALYZE");
        await Execute(connection, $"COMMENT ON DATABASE \"{name}\" IS '{Seeded}'");
    }

    /// <summary>Signs in and picks a lead and a campaign of the measured tenant.</summary>
    public async Task<BenchAccount> SignInAsync(HttpClient api)
    {
        var login = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = Email, password = Password }).EnsureSuccessAsync();
        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        await using var connection = new NpgsqlConnection(Super);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT u.id, m.tenant_id,
                   (SELECT id FROM campaigns c WHERE c.tenant_id = m.tenant_id ORDER BY created LIMIT 1),
                   (SELECT id FROM leads l WHERE l.tenant_id = m.tenant_id ORDER BY email OFFSET 25000 LIMIT 1)
            FROM users u JOIN tenant_users m ON m.user_id = u.id WHERE u.email = @email
            """, connection);
        command.Parameters.AddWithValue("email", Email);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new BenchAccount(reader.GetGuid(0), reader.GetGuid(1), body.GetProperty("accessToken").GetString()!, reader.GetGuid(2), reader.GetGuid(3));
    }

    /// <summary>The Content Database beside it, as the API derives its name (ADR 0030).</summary>
    public string ContentSuper => ContentConnections.Derive(Super);

    private void Migrate()
    {
        new DatabaseMigrator(PenguinMailsDatabase.Migrations, NullLogger<DatabaseMigrator>.Instance).Migrate(As("penguinmails_owner"));
        using (var admin = new NpgsqlConnection($"{server};Database=postgres;Username=postgres"))
        {
            admin.Open();
            using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}{ContentConnections.DatabaseSuffix}'", admin);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}{ContentConnections.DatabaseSuffix}\" OWNER penguinmails_owner", admin);
                create.ExecuteNonQuery();
            }
        }

        new DatabaseMigrator(PenguinMailsDatabase.ContentMigrations, NullLogger<DatabaseMigrator>.Instance).Migrate(ContentConnections.Derive(As("penguinmails_owner")));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
