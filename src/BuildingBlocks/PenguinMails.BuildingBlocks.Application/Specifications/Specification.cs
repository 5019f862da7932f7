using System.Linq.Expressions;

namespace PenguinMails.BuildingBlocks.Application.Specifications;

/// <summary>
/// A reusable query over <typeparamref name="T"/>, shaped like Ardalis.Specification's
/// (<c>Query.Where(...).OrderBy(...).Take(...)</c>) so that adopting that library later is a rename
/// (ADR 0002). Infrastructure's evaluator turns it into an EF Core query.
/// </summary>
public abstract class Specification<T>
    where T : class
{
    private readonly List<Expression<Func<T, bool>>> _where = [];
    private readonly List<OrderExpression<T>> _order = [];
    private readonly List<Expression<Func<T, object?>>> _include = [];

    protected Specification() => Query = new SpecificationBuilder<T>(this);

    protected SpecificationBuilder<T> Query { get; }

    public IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions => _where;

    public IReadOnlyList<OrderExpression<T>> OrderExpressions => _order;

    public IReadOnlyList<Expression<Func<T, object?>>> IncludeExpressions => _include;

    public int? Skip { get; internal set; }

    public int? Take { get; internal set; }

    /// <summary>Read-only by default: a query that means to change what it loads says <c>AsTracking()</c>.</summary>
    public bool AsNoTracking { get; internal set; } = true;

    internal void AddWhere(Expression<Func<T, bool>> predicate) => _where.Add(predicate);

    internal void AddOrder(OrderExpression<T> order) => _order.Add(order);

    internal void AddInclude(Expression<Func<T, object?>> include) => _include.Add(include);
}

/// <summary>A specification that projects each match to <typeparamref name="TResult"/> in the database.</summary>
public abstract class Specification<T, TResult> : Specification<T>
    where T : class
{
    public Expression<Func<T, TResult>>? Selector { get; private set; }

    protected void Select(Expression<Func<T, TResult>> selector) => Selector = selector;
}

/// <summary>A specification that expects at most one match.</summary>
public interface ISingleResultSpecification;

public abstract class SingleResultSpecification<T> : Specification<T>, ISingleResultSpecification
    where T : class;

public enum OrderKind
{
    OrderBy,
    OrderByDescending,
    ThenBy,
    ThenByDescending,
}

public sealed record OrderExpression<T>(Expression<Func<T, object?>> KeySelector, OrderKind Kind);
