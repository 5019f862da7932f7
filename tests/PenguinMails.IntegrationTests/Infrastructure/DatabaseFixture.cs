using Npgsql;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>A test class's own database, cloned from the migrated template and dropped afterwards.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string Name { get; private set; } = "";

    public string OwnerConnectionString => TestPostgres.ConnectionString(Name, TestPostgres.OwnerRole);

    public virtual string AppConnectionString => TestPostgres.ConnectionString(Name, TestPostgres.AppRole);

    public virtual string PlatformConnectionString => TestPostgres.ConnectionString(Name, TestPostgres.PlatformRole);

    public virtual async Task InitializeAsync() => Name = await TestPostgres.CloneTemplateAsync();

    public virtual Task DisposeAsync() => TestPostgres.DropDatabaseAsync(Name);

    /// <summary>Runs SQL as the platform role (BYPASSRLS): test set-up and checks that must see every tenant.</summary>
    public async Task PlatformExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PlatformConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> PlatformScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(PlatformConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Makes the user a staff member with the named role, as <c>build/run.sh grant-staff</c> would.</summary>
    public Task GrantStaffAsync(Guid userId, string role) =>
        PlatformExecuteAsync($"INSERT INTO staff_members (user_id, role_id) SELECT '{userId}', id FROM staff_roles WHERE name = '{role}'");

    /// <summary>Moves the tenant to a plan of its own with this many requests a minute, and forgets its counted requests.</summary>
    public Task PutOnRateLimitAsync(Guid tenantId, int requestsPerMinute) => PlatformExecuteAsync($"""
        INSERT INTO plans (name, slug, api_rate_limit, api_access) VALUES ('Limited', 'limited-{tenantId:N}', {requestsPerMinute}, TRUE)
            ON CONFLICT (slug) DO UPDATE SET api_rate_limit = excluded.api_rate_limit;
        UPDATE subscriptions SET plan_id = (SELECT id FROM plans WHERE slug = 'limited-{tenantId:N}') WHERE tenant_id = '{tenantId}' AND status <> 'canceled';
        DELETE FROM rate_limit_counters WHERE tenant_id = '{tenantId}';
        """);
}
