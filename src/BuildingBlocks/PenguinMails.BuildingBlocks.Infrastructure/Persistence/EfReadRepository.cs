using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Infrastructure.Specifications;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Specification reads over one module's DbContext.</summary>
public abstract class EfReadRepository<TContext, T>(TContext context) : IReadRepository<T>
    where TContext : DbContext
    where T : class
{
    protected TContext Context { get; } = context;

    protected DbSet<T> Set => Context.Set<T>();

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(Set, specification).ToListAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(Set, specification).ToListAsync(cancellationToken);

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(Set, specification).SingleOrDefaultAsync(cancellationToken);

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Apply(Set, specification).SingleOrDefaultAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Criteria(Set, specification).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        SpecificationEvaluator.Criteria(Set, specification).AnyAsync(cancellationToken);
}
