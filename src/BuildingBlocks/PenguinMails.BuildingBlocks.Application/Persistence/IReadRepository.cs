using Ardalis.Specification;

namespace PenguinMails.BuildingBlocks.Application.Persistence;

/// <summary>
/// Reads through Ardalis.Specification specifications (ADR 0027). Module repositories add only what a specification
/// cannot say: row locks, set-based statements, SQL of their own.
/// </summary>
public interface IReadRepository<T>
    where T : class
{
    Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken);

    Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken);

    Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken);
}
