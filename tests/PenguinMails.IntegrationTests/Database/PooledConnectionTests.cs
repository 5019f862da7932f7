using Npgsql;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>
/// One physical connection (Maximum Pool Size=1) serves tenant a, then no tenant, then tenant b. With the reset on
/// close switched off, as behind PgBouncer, nothing of a's context may survive: it is transaction-scoped.
/// </summary>
public sealed class PooledConnectionTests(TwoTenantsFixture db) : IClassFixture<TwoTenantsFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task One_physical_connection_never_carries_one_tenants_context_into_the_next_lease(bool noResetOnClose)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(db.Name, TestPostgres.AppRole, maxPoolSize: 1))
        {
            NoResetOnClose = noResetOnClose,
        }.ConnectionString;
        var backends = new HashSet<int>();

        Assert.Equal([db.A.Company], await CompaniesAsync(connectionString, db.A.Tenant, backends));
        Assert.Empty(await CompaniesAsync(connectionString, null, backends));
        Assert.Equal([db.B.Company], await CompaniesAsync(connectionString, db.B.Tenant, backends));
        Assert.Empty(await CompaniesAsync(connectionString, null, backends));

        Assert.Single(backends); // the same server process answered all four
    }

    // The context the API sends: prefixed to the statement, in its implicit transaction.
    private static async Task<List<Guid>> CompaniesAsync(string connectionString, Guid? tenant, HashSet<int> backends)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        backends.Add(connection.ProcessID);
        var sql = tenant is null
            ? "SELECT id FROM companies"
            : "CALL set_app_context(@t, NULL); SELECT id FROM companies";
        await using var command = new NpgsqlCommand(sql, connection);
        if (tenant is not null)
        {
            command.Parameters.AddWithValue("t", tenant.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
