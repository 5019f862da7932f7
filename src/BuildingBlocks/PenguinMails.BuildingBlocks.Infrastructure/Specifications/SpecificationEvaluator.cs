using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Application.Specifications;

namespace PenguinMails.BuildingBlocks.Infrastructure.Specifications;

/// <summary>Turns a <see cref="Specification{T}"/> into an EF Core query (Ardalis.Specification's evaluator, in small).</summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, Specification<T> specification)
        where T : class
    {
        var query = specification.AsNoTracking ? source.AsNoTracking() : source;
        query = specification.WhereExpressions.Aggregate(query, (q, predicate) => q.Where(predicate));
        query = specification.IncludeExpressions.Aggregate(query, (q, include) => q.Include(include));

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.Kind switch
            {
                OrderKind.OrderBy => query.OrderBy(order.KeySelector),
                OrderKind.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderKind.ThenBy => ordered!.ThenBy(order.KeySelector),
                OrderKind.ThenByDescending => ordered!.ThenByDescending(order.KeySelector),
                _ => throw new ArgumentOutOfRangeException(nameof(specification), order.Kind, "Unknown order kind."),
            };
        }

        query = ordered ?? query;
        if (specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is { } take)
        {
            query = query.Take(take);
        }

        return query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> source, Specification<T, TResult> specification)
        where T : class =>
        Apply(source, (Specification<T>)specification).Select(
            specification.Selector ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select."));
}
