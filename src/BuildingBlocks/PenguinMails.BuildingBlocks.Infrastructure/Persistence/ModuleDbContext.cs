using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.BuildingBlocks.Infrastructure.Rls;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of each module's DbContext: it maps only its module's tables (configurations from its own assembly),
/// shares the scope's connection and transaction through <see cref="DbSession"/>, and adds an explicit
/// <c>tenant_id = @tenant</c> predicate to every query of an <see cref="ITenantOwned"/> entity, so the planner
/// uses the (tenant_id, ...) indexes and a later Citus deployment can route by tenant. RLS stays the guarantee.
/// </summary>
public abstract class ModuleDbContext : DbContext, ITenantContextSource
{
    public const string TenantFilter = "tenant";

    private readonly ICurrentTenant _tenant;
    private readonly ICurrentUser _user;

    protected ModuleDbContext(DbContextOptions options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
        : base(options)
    {
        _tenant = tenant;
        _user = user;
        // Every SaveChanges runs in a transaction, so the RLS context is set once at its start (never prefixed
        // to a write batch, where it would shift EF Core's row counts).
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        session.Enlist(this);
    }

    public Guid? CurrentTenantId => _tenant.TenantId;

    public Guid? CurrentUserId => _user.UserId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);

        var currentTenant = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => t.BaseType is null && !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var tenantId = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.TenantId)), typeof(Guid?));
            modelBuilder.Entity(entityType.ClrType)
                .HasQueryFilter(TenantFilter, Expression.Lambda(Expression.Equal(tenantId, currentTenant), entity));
        }
    }
}
