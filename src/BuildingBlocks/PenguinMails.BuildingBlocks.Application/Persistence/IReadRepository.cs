using PenguinMails.BuildingBlocks.Application.Specifications;

namespace PenguinMails.BuildingBlocks.Application.Persistence;

/// <summary>Reads through specifications. Module repositories extend it with their own intent-revealing methods.</summary>
public interface IReadRepository<T>
    where T : class
{
    Task<List<T>> ListAsync(Specification<T> specification, CancellationToken cancellationToken);

    Task<List<TResult>> ListAsync<TResult>(Specification<T, TResult> specification, CancellationToken cancellationToken);

    Task<T?> SingleOrDefaultAsync<TSpecification>(TSpecification specification, CancellationToken cancellationToken)
        where TSpecification : Specification<T>, ISingleResultSpecification;

    Task<int> CountAsync(Specification<T> specification, CancellationToken cancellationToken);
}
