using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.BuildingBlocks.Infrastructure.Specifications;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Specification reads over one module's DbContext.</summary>
public abstract class EfReadRepository<TContext, T>(TContext context) : IReadRepository<T>
    where TContext : DbContext
    where T : class
{
    protected TContext Context { get; } = context;

    protected DbSet<T> Set => Context.Set<T>();

    public Task<List<T>> ListAsync(Specification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(Set, specification).ToListAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(Specification<T, TResult> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(Set, specification).ToListAsync(cancellationToken);

    public Task<T?> SingleOrDefaultAsync<TSpecification>(TSpecification specification, CancellationToken cancellationToken)
        where TSpecification : Specification<T>, ISingleResultSpecification =>
        SpecificationEvaluator.Apply(Set, specification).SingleOrDefaultAsync(cancellationToken);

    public Task<int> CountAsync(Specification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(Set, specification).CountAsync(cancellationToken);
}
