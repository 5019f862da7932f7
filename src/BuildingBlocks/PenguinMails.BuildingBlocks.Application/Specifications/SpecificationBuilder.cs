using System.Linq.Expressions;

namespace PenguinMails.BuildingBlocks.Application.Specifications;

/// <summary>The fluent <c>Query</c> of a <see cref="Specification{T}"/>.</summary>
public sealed class SpecificationBuilder<T>
    where T : class
{
    private readonly Specification<T> _specification;

    internal SpecificationBuilder(Specification<T> specification) => _specification = specification;

    public SpecificationBuilder<T> Where(Expression<Func<T, bool>> predicate)
    {
        _specification.AddWhere(predicate);
        return this;
    }

    public SpecificationBuilder<T> OrderBy(Expression<Func<T, object?>> key) => Order(key, OrderKind.OrderBy);

    public SpecificationBuilder<T> OrderByDescending(Expression<Func<T, object?>> key) => Order(key, OrderKind.OrderByDescending);

    public SpecificationBuilder<T> ThenBy(Expression<Func<T, object?>> key) => Order(key, OrderKind.ThenBy);

    public SpecificationBuilder<T> ThenByDescending(Expression<Func<T, object?>> key) => Order(key, OrderKind.ThenByDescending);

    public SpecificationBuilder<T> Include(Expression<Func<T, object?>> navigation)
    {
        _specification.AddInclude(navigation);
        return this;
    }

    public SpecificationBuilder<T> Skip(int count)
    {
        _specification.Skip = count;
        return this;
    }

    public SpecificationBuilder<T> Take(int count)
    {
        _specification.Take = count;
        return this;
    }

    public SpecificationBuilder<T> AsTracking()
    {
        _specification.AsNoTracking = false;
        return this;
    }

    private SpecificationBuilder<T> Order(Expression<Func<T, object?>> key, OrderKind kind)
    {
        var isFirst = _specification.OrderExpressions.Count == 0;
        if (isFirst != kind is OrderKind.OrderBy or OrderKind.OrderByDescending)
        {
            throw new InvalidOperationException("Start ordering with OrderBy/OrderByDescending and continue with ThenBy/ThenByDescending.");
        }

        _specification.AddOrder(new OrderExpression<T>(key, kind));
        return this;
    }
}
