using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Deliverability.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;
using PenguinMails.Staff.Infrastructure.Persistence;
using PenguinMails.Workspace.Infrastructure.Persistence;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>
/// Each module's EF Core model against the migrated database: every table mapped once, every column, its type and
/// nullability. The secret store's two tables, the rate limit counters and the idempotency keys are kept in SQL by the
/// building blocks and mapped by no module.
/// </summary>
public sealed class EfModelTests(TwoTenantsFixture db) : IClassFixture<TwoTenantsFixture>, IDisposable
{
    private readonly ServiceProvider _services = ModuleServices.Build(db.AppConnectionString);

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Every_table_is_mapped_by_exactly_one_module_with_every_column_type_and_nullability()
    {
        await using var scope = _services.CreateAsyncScope();
        var contexts = ModuleContextTypes().Select(t => (DbContext)scope.ServiceProvider.GetRequiredService(t)).ToList();
        var mapped = contexts.SelectMany(c => c.Model.GetEntityTypes()).Where(e => !e.IsOwned()).ToList();
        var database = await ColumnsAsync();

        Assert.Equal(database.Keys.Order(), mapped.Select(e => e.GetTableName()!).Order());
        foreach (var entity in mapped)
        {
            var table = entity.GetTableName()!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table);
            var columns = entity.GetProperties().ToDictionary(p => p.GetColumnName(store)!);
            Assert.Equal(database[table].Keys.Order(), columns.Keys.Order());
            foreach (var (name, property) in columns)
            {
                var (type, notNull) = database[table][name];
                Assert.True(type == property.GetColumnType(), $"{table}.{name}: database {type}, model {property.GetColumnType()}");
                Assert.False(notNull && property.IsNullable, $"{table}.{name} is NOT NULL in the database but optional in the model");
            }
        }
    }

    [Fact]
    public async Task Typed_json_columns_read_back_as_objects()
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(db.A.User, db.A.Tenant, []);
        var deliverability = scope.ServiceProvider.GetRequiredService<DeliverabilityDbContext>();
        var domain = await deliverability.SendingDomainRows.SingleAsync();
        var record = Assert.Single(domain.DnsRecords!.Records);
        Assert.Equal(("SPF", "@", "pending", "platform"), (record.RecordType, record.Name, record.VerificationStatus, record.Source));
        Assert.Equal(587, (await deliverability.EmailAccountRows.SingleAsync()).SmtpSettings!.Port);
        Assert.False((await deliverability.SmtpIpAddressRows.SingleAsync()).ProviderBlacklistStatus!["spamhaus"].Listed);
        var config = await scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>().TenantConfigRows.SingleAsync();
        Assert.Equal(("Oslo", "NO"), (config.BillingAddress!.City, config.BillingAddress.Country));
        var setting = await scope.ServiceProvider.GetRequiredService<StaffDbContext>().SystemConfigRows.SingleAsync();
        Assert.Equal("acct_test", setting.Value!.Value.GetString());
    }

    [Fact]
    public async Task Every_mapped_entity_can_be_read_for_a_tenant()
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(db.A.User, db.A.Tenant, []);
        var read = typeof(EfModelTests).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var context in ModuleContextTypes().Select(t => (DbContext)scope.ServiceProvider.GetRequiredService(t)))
        {
            foreach (var entity in context.Model.GetEntityTypes().Where(e => !e.IsOwned()))
            {
                var count = await (Task<int>)read.MakeGenericMethod(entity.ClrType).Invoke(null, [context])!;
                Assert.True(count >= 0);
            }
        }
    }

    private static Task<int> CountAsync<T>(DbContext context)
        where T : class => context.Set<T>().ToListAsync().ContinueWith(t => t.Result.Count, TaskScheduler.Default);

    private static IEnumerable<Type> ModuleContextTypes() =>
        new[] { typeof(WorkspaceDbContext), typeof(DeliverabilityDbContext), typeof(StaffDbContext) }
            .Concat(new[] { "Identity", "Campaigns", "Billing" }.Select(m =>
                Type.GetType($"PenguinMails.{m}.Infrastructure.Persistence.{m}DbContext, PenguinMails.{m}.Infrastructure", throwOnError: true)!));

    private async Task<Dictionary<string, Dictionary<string, (string Type, bool NotNull)>>> ColumnsAsync()
    {
        await using var connection = new NpgsqlConnection(db.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname NOT IN ('schema_migrations', 'secrets', 'data_protection_keys', 'rate_limit_counters', 'idempotency_keys')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new Dictionary<string, Dictionary<string, (string, bool)>>();
        while (await reader.ReadAsync())
        {
            var columns = tables.TryGetValue(reader.GetString(0), out var found) ? found : tables[reader.GetString(0)] = [];
            columns[reader.GetString(1)] = (reader.GetString(2), reader.GetBoolean(3));
        }

        return tables;
    }
}
