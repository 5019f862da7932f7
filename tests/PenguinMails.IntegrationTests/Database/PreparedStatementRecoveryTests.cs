using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>A module's DbContext with no tables of its own: EF Core's path for SQL a module writes by hand.</summary>
public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user);

/// <summary>
/// A statement PostgreSQL refuses while it is being prepared (here a NUL in a parameter, past the API's own guard) must
/// not leave the pooled connection unusable for the next caller. One connection in the pool, so the next caller gets it.
/// </summary>
public sealed class PreparedStatementRecoveryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Insert = "INSERT INTO tags (tenant_id, value) VALUES (@tenant, @value) RETURNING id AS \"Value\"";
    private readonly Guid _tenant = Guid.NewGuid();

    public Task InitializeAsync() => database.PlatformExecuteAsync($"INSERT INTO tenants (id, name) VALUES ('{_tenant}', 'Prepared')");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Control_npgsql_alone_leaves_the_connection_out_of_step_after_a_refused_statement_in_a_transaction()
    {
        var builder = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(database.Name, TestPostgres.AppRole, maxPoolSize: 1))
        {
            MaxAutoPrepare = 64, AutoPrepareMinUsages = 2,
        };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Assert.ThrowsAsync<PostgresException>(() => InsertInTransactionAsync(dataSource, "vip\0"));
        }

        // If Npgsql fixes npgsql/npgsql#6391 this fails: PreparedStatements can then go, with this test.
        var broken = await Assert.ThrowsAnyAsync<Exception>(() => InsertInTransactionAsync(dataSource, "vip"));
        Assert.Contains("unexpected backend message", broken.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_unit_of_work_rolled_back_after_a_refused_statement_hands_on_a_usable_connection()
    {
        await using var services = Services();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Assert.ThrowsAsync<PostgresException>(() => InUnitOfWorkAsync(services, "vip\0"));
        }

        Assert.True(await InUnitOfWorkAsync(services, "vip") > 0);
    }

    [Fact]
    public async Task A_refused_statement_outside_a_transaction_hands_on_a_usable_connection()
    {
        await using var services = Services();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Assert.ThrowsAsync<PostgresException>(() => ThroughEfCoreAsync(services, "vip\0"));
        }

        Assert.True(await ThroughEfCoreAsync(services, "vip") > 0);
    }

    private ServiceProvider Services() => ModuleServices.Build(
        TestPostgres.ConnectionString(database.Name, TestPostgres.AppRole, maxPoolSize: 1),
        configure: services => services.AddModuleDbContext<ProbeDbContext>());

    private async Task InsertInTransactionAsync(NpgsqlDataSource dataSource, string value)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            await using (var context = new NpgsqlCommand("CALL set_app_context(@tenant, NULL)", connection, transaction))
            {
                context.Parameters.AddWithValue("tenant", _tenant);
                await context.ExecuteNonQueryAsync();
            }

            await using var insert = new NpgsqlCommand(Insert, connection, transaction);
            insert.Parameters.AddWithValue("tenant", _tenant);
            insert.Parameters.AddWithValue("value", value);
            await insert.ExecuteScalarAsync();
            await transaction.CommitAsync();
        }
        catch (PostgresException)
        {
            await transaction.RollbackAsync();
            throw;
        }
    }

    private async Task<long> InUnitOfWorkAsync(IServiceProvider services, string value)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(null, _tenant, []);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        try
        {
            await using var insert = new NpgsqlCommand(Insert, (NpgsqlConnection)scope.ServiceProvider.GetRequiredService<DbSession>().Connection);
            insert.Parameters.AddWithValue("tenant", _tenant);
            insert.Parameters.AddWithValue("value", value);
            var id = (long)(await insert.ExecuteScalarAsync())!;
            await unitOfWork.CommitAsync(CancellationToken.None);
            return id;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<long> ThroughEfCoreAsync(IServiceProvider services, string value)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(null, _tenant, []);
        var context = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        var ids = await context.Database.SqlQueryRaw<long>(Insert, new NpgsqlParameter("tenant", _tenant), new NpgsqlParameter("value", value)).ToListAsync();
        return ids.Single();
    }
}
