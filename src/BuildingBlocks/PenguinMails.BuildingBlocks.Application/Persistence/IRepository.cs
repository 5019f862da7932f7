using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Application.Persistence;

/// <summary>Reads and stages changes of an aggregate; the unit of work saves them when the command commits.</summary>
public interface IRepository<T> : IReadRepository<T>
    where T : class, IAggregateRoot
{
    void Add(T aggregate);

    void Remove(T aggregate);
}
