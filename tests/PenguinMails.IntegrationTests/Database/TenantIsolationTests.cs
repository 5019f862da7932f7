using Npgsql;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>
/// Row-level security as the API's role sees it, table by table: the guarantee that holds even when application
/// code has a bug. Each test works in a transaction it rolls back, so the seeded rows stay as they were. Run directly
/// against PostgreSQL here and through PgBouncer in transaction pooling (<c>PgBouncer/TenantIsolationThroughPgBouncerTests</c>).
/// </summary>
public sealed class TenantIsolationTests(TwoTenantsFixture db) : TenantIsolation<TwoTenantsFixture>(db), IClassFixture<TwoTenantsFixture>;

/// <summary>The row-security checks, on whichever connection the fixture gives the API's role.</summary>
public abstract class TenantIsolation<TFixture>(TFixture db)
    where TFixture : TwoTenantsFixture
{
    private TenantSeed A => db.A;

    private TenantSeed B => db.B;

    [Fact]
    public async Task Every_tenant_owned_table_is_covered_by_these_tests()
    {
        var withRls = await QueryListAsync(
            "SELECT relname::text FROM pg_class WHERE relkind = 'r' AND relrowsecurity AND relnamespace = 'public'::regnamespace");
        Assert.Equal(TenantTable.All.Select(t => t.Name).Order(), withRls.Order());
    }

    [Theory]
    [MemberData(nameof(TenantTable.Names), MemberType = typeof(TenantTable))]
    public async Task Without_a_context_no_row_is_visible(string table)
    {
        Assert.Equal(0L, await AsAppAsync(null, null, c => ScalarAsync<long>(c, $"SELECT count(*) FROM {table}")));
    }

    [Theory]
    [MemberData(nameof(TenantTable.Names), MemberType = typeof(TenantTable))]
    public async Task The_owner_role_obeys_the_policies_too(string table)
    {
        // FORCE ROW LEVEL SECURITY: without it the table's owner would read every tenant's rows.
        await using var connection = new NpgsqlConnection(db.OwnerConnectionString);
        await connection.OpenAsync();
        Assert.Equal(0L, await ScalarAsync<long>(connection, $"SELECT count(*) FROM {table}"));
    }

    [Theory]
    [MemberData(nameof(TenantTable.Names), MemberType = typeof(TenantTable))]
    public async Task A_tenant_sees_its_own_rows_and_never_another_tenants(string table)
    {
        var t = TenantTable.Named(table);
        var (own, foreign) = await AsAppAsync(A.Tenant, A.User, async c => (
            await ScalarAsync<long>(c, $"SELECT count(*) FROM {table} WHERE {t.Key(A)}"),
            await ScalarAsync<long>(c, $"SELECT count(*) FROM {table} WHERE {t.ScopeColumn} IS DISTINCT FROM '{t.Scope(A)}'")));
        Assert.Equal(1L, own);
        Assert.Equal(table == "tags" ? 1L : 0L, foreign); // tags: the shared default (tenant_id NULL) only
    }

    [Theory]
    [MemberData(nameof(TenantTable.Names), MemberType = typeof(TenantTable))]
    public async Task A_tenant_cannot_update_or_delete_another_tenants_row(string table)
    {
        var t = TenantTable.Named(table);
        var before = await db.PlatformScalarAsync<string>($"SELECT row_to_json(x)::text FROM {table} x WHERE {t.Key(B)}");

        var (updated, deleted) = await AsAppAsync(A.Tenant, A.User, async c => (
            await ExecuteAsync(c, $"UPDATE {table} SET {t.ScopeColumn} = {t.ScopeColumn} WHERE {t.Key(B)}"),
            await ExecuteAsync(c, $"DELETE FROM {table} WHERE {t.Key(B)}")), commit: true);

        Assert.Equal(0, updated);
        Assert.Equal(0, deleted);
        Assert.Equal(before, await db.PlatformScalarAsync<string>($"SELECT row_to_json(x)::text FROM {table} x WHERE {t.Key(B)}"));
    }

    [Theory]
    [MemberData(nameof(TenantTable.Names), MemberType = typeof(TenantTable))]
    public async Task A_tenant_cannot_insert_a_row_for_another_tenant(string table)
    {
        var t = TenantTable.Named(table);
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsAppAsync(A.Tenant, A.User, c => ExecuteAsync(c, t.Insert(B))));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Theory]
    [MemberData(nameof(TenantTable.Names), MemberType = typeof(TenantTable))]
    public async Task A_tenant_can_insert_its_own_row(string table)
    {
        var t = TenantTable.Named(table);
        if (table is "tenant_config" or "tenant_policies" or "user_credentials")
        {
            return; // one row per tenant (or user), seeded already: the primary key, not RLS, refuses a second
        }

        Assert.Equal(1, await AsAppAsync(A.Tenant, A.User, c => ExecuteAsync(c, t.Insert(A))));
    }

    [Theory]
    [MemberData(nameof(TenantTable.Names), MemberType = typeof(TenantTable))]
    public async Task A_tenant_cannot_hand_its_row_to_another_tenant(string table)
    {
        var t = TenantTable.Named(table);
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsAppAsync(A.Tenant, A.User,
            c => ExecuteAsync(c, $"UPDATE {table} SET {t.ScopeColumn} = '{t.Scope(B)}' WHERE {t.Key(A)}")));
        Assert.True(error.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }

    [Theory]
    [MemberData(nameof(TenantTable.NamesWithCrossReferences), MemberType = typeof(TenantTable))]
    public async Task A_row_of_one_tenant_cannot_reference_another_tenants_row(string table)
    {
        var t = TenantTable.Named(table);
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsAppAsync(A.Tenant, A.User, c => ExecuteAsync(c, t.CrossReference!(A, B))));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }

    [Fact]
    public async Task Shared_default_tags_are_readable_by_any_tenant_and_writable_by_none()
    {
        var where = $"id = {TwoTenantsFixture.DefaultTag}";
        Assert.Equal(1L, await AsAppAsync(A.Tenant, A.User, c => ScalarAsync<long>(c, $"SELECT count(*) FROM tags WHERE {where}")));
        Assert.Equal(1L, await AsAppAsync(B.Tenant, B.User, c => ScalarAsync<long>(c, $"SELECT count(*) FROM tags WHERE {where}")));
        Assert.Equal(0, await AsAppAsync(A.Tenant, A.User, c => ExecuteAsync(c, $"UPDATE tags SET value = 'mine' WHERE {where}")));
        Assert.Equal(0, await AsAppAsync(A.Tenant, A.User, c => ExecuteAsync(c, $"DELETE FROM tags WHERE {where}")));
        var error = await Assert.ThrowsAsync<PostgresException>(() => AsAppAsync(A.Tenant, A.User,
            c => ExecuteAsync(c, "INSERT INTO tags (tenant_id, value) VALUES (NULL, 'sneaky-default')")));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    private async Task<T> AsAppAsync<T>(Guid? tenant, Guid? user, Func<NpgsqlConnection, Task<T>> work, bool commit = false)
    {
        await using var connection = new NpgsqlConnection(db.AppConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var context = new NpgsqlCommand("CALL set_app_context(@t, @u)", connection, transaction))
        {
            context.Parameters.AddWithValue("t", NpgsqlTypes.NpgsqlDbType.Uuid, (object?)tenant ?? DBNull.Value);
            context.Parameters.AddWithValue("u", NpgsqlTypes.NpgsqlDbType.Uuid, (object?)user ?? DBNull.Value);
            await context.ExecuteNonQueryAsync();
        }

        var result = await work(connection);
        if (commit)
        {
            await transaction.CommitAsync();
        }

        return result;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> QueryListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(db.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
