using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.IntegrationTests.Infrastructure;
using PenguinMails.Workspace.Infrastructure.Persistence;

namespace PenguinMails.IntegrationTests.Database;

/// <summary>The EF Core/RLS seam as the API uses it: the interceptors, the shared connection and the unit of work.</summary>
public sealed class EfTenantContextTests(TwoTenantsFixture db) : IClassFixture<TwoTenantsFixture>, IDisposable
{
    private readonly ServiceProvider _services = ModuleServices.Build(TestPostgres.ConnectionString(db.Name, TestPostgres.AppRole, maxPoolSize: 1));

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_query_sees_only_the_callers_tenant_and_nothing_without_one_on_one_pooled_connection()
    {
        Assert.Equal([db.A.Company], await CompanyIdsAsync(db.A.Tenant));
        Assert.Empty(await CompanyIdsAsync(null));
        Assert.Equal([db.B.Company], await CompanyIdsAsync(db.B.Tenant));
    }

    [Fact]
    public async Task Queries_carry_an_explicit_tenant_predicate_besides_rls()
    {
        await using var scope = Scope(db.A.Tenant);
        var sql = scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>().CompanyRows.ToQueryString();
        Assert.Contains("tenant_id", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_outside_a_unit_of_work_runs_in_a_transaction_that_carries_the_context()
    {
        await using var scope = Scope(db.A.Tenant);
        var context = scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>();
        var company = await context.CompanyRows.AsTracking().SingleAsync(c => c.Id == db.A.Company);
        context.Entry(company).Property(c => c.Industry).CurrentValue = "Software";
        Assert.Equal(1, await context.SaveChangesAsync());
        Assert.Equal("Software", await db.PlatformScalarAsync<string>($"SELECT industry FROM companies WHERE id = '{db.A.Company}'"));
    }

    [Fact]
    public async Task A_unit_of_work_commits_everything_or_nothing()
    {
        var committed = await WriteCompanyInUnitOfWorkAsync(commit: true);
        var rolledBack = await WriteCompanyInUnitOfWorkAsync(commit: false);
        Assert.Equal(1L, await db.PlatformScalarAsync<long>($"SELECT count(*) FROM companies WHERE id = '{committed}'"));
        Assert.Equal(0L, await db.PlatformScalarAsync<long>($"SELECT count(*) FROM companies WHERE id = '{rolledBack}'"));
    }

    [Fact]
    public async Task A_unit_of_work_without_a_tenant_reads_nothing()
    {
        await using var scope = Scope(null);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>().CompanyRows.IgnoreQueryFilters().CountAsync());
        await unitOfWork.RollbackAsync(CancellationToken.None);
    }

    private async Task<Guid> WriteCompanyInUnitOfWorkAsync(bool commit)
    {
        var id = Guid.NewGuid();
        await using var scope = Scope(db.A.Tenant);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var context = scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        await context.Database.ExecuteSqlAsync($"INSERT INTO companies (id, tenant_id, name) VALUES ({id}, {db.A.Tenant}, 'In a unit of work')");
        Assert.Equal(1, await context.CompanyRows.CountAsync(c => c.Id == id)); // visible inside its own transaction
        if (commit)
        {
            await unitOfWork.CommitAsync(CancellationToken.None);
        }
        else
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
        }

        return id;
    }

    private async Task<List<Guid>> CompanyIdsAsync(Guid? tenant)
    {
        await using var scope = Scope(tenant);
        return await scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>().CompanyRows.Select(c => c.Id).ToListAsync();
    }

    private AsyncServiceScope Scope(Guid? tenant)
    {
        var scope = _services.CreateAsyncScope();
        var user = tenant == db.A.Tenant ? db.A.User : tenant == db.B.Tenant ? db.B.User : (Guid?)null;
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(user, tenant, []);
        return scope;
    }
}
