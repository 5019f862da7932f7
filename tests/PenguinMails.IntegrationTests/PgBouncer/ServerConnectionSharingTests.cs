using System.Collections.Concurrent;
using Npgsql;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.PgBouncer;

/// <summary>
/// Many clients, one server connection (PgBouncer in transaction pooling with a pool of one): the tenant context the
/// API sends lives exactly as long as its transaction, so no client ever sees another's tenant. The control shows the
/// test would see a leak: a session-level setting does carry over to the next client.
/// </summary>
public sealed class ServerConnectionSharingTests(TwoTenantsThroughPgBouncerFixture db) : IClassFixture<TwoTenantsThroughPgBouncerFixture>
{
    [Fact]
    public async Task Interleaved_clients_of_two_tenants_and_none_share_one_server_connection_and_see_only_their_own_rows()
    {
        var backends = new ConcurrentDictionary<int, byte>();
        var wrong = new ConcurrentQueue<string>();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(async client =>
        {
            var tenant = (client % 3) switch { 0 => db.A, 1 => db.B, _ => null };
            await using var connection = new NpgsqlConnection(db.AppConnectionString);
            await connection.OpenAsync();
            for (var i = 0; i < 20; i++)
            {
                // Half in the API's implicit-transaction form (context prefixed), half in an explicit transaction.
                var (backend, companies) = i % 2 == 0 ? await PrefixedAsync(connection, tenant?.Tenant) : await InTransactionAsync(connection, tenant?.Tenant);
                backends.TryAdd(backend, 0);
                Guid[] expected = tenant is null ? [] : [tenant.Company];
                if (!companies.SequenceEqual(expected))
                {
                    wrong.Enqueue($"client {client} (tenant {tenant?.Key.ToString() ?? "none"}) saw {string.Join(", ", companies)}");
                }
            }
        }));

        Assert.Empty(wrong);
        Assert.Single(backends.Keys); // they really shared one server process
    }

    [Fact]
    public async Task Control_a_session_level_setting_would_leak_to_the_next_client()
    {
        await using (var first = new NpgsqlConnection(db.AppConnectionString))
        {
            await first.OpenAsync();
            await using var leak = new NpgsqlCommand($"SELECT set_config('app.current_tenant_id', '{db.A.Tenant}', false)", first);
            await leak.ExecuteNonQueryAsync();
        }

        await using var second = new NpgsqlConnection(db.AppConnectionString);
        await second.OpenAsync();
        try
        {
            var (_, companies) = await PrefixedAsync(second, tenant: null);
            Assert.Equal([db.A.Company], companies);
        }
        finally
        {
            await using var reset = new NpgsqlCommand("RESET app.current_tenant_id", second);
            await reset.ExecuteNonQueryAsync();
        }
    }

    private const string Query = "SELECT pg_backend_pid(), coalesce(array_agg(id ORDER BY id), '{}') FROM companies";

    private static async Task<(int Backend, Guid[] Companies)> PrefixedAsync(NpgsqlConnection connection, Guid? tenant)
    {
        await using var command = new NpgsqlCommand(tenant is null ? Query : "CALL set_app_context(@t, NULL); " + Query, connection);
        if (tenant is not null)
        {
            command.Parameters.AddWithValue("t", tenant.Value);
        }

        return await ReadAsync(command);
    }

    private static async Task<(int Backend, Guid[] Companies)> InTransactionAsync(NpgsqlConnection connection, Guid? tenant)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        if (tenant is not null)
        {
            await using var context = new NpgsqlCommand("CALL set_app_context(@t, NULL)", connection, transaction);
            context.Parameters.AddWithValue("t", tenant.Value);
            await context.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(Query, connection, transaction);
        var result = await ReadAsync(command);
        await transaction.CommitAsync();
        return result;
    }

    private static async Task<(int, Guid[])> ReadAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetFieldValue<Guid[]>(1));
    }
}
