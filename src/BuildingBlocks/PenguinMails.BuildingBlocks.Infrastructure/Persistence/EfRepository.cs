using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Reads and stages changes of an aggregate; <see cref="DbSession"/> saves them at commit.</summary>
public abstract class EfRepository<TContext, T>(TContext context) : EfReadRepository<TContext, T>(context), IRepository<T>
    where TContext : DbContext
    where T : class, IAggregateRoot
{
    public void Add(T aggregate) => Set.Add(aggregate);

    public void Remove(T aggregate) => Set.Remove(aggregate);
}
