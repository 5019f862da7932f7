using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;

namespace PenguinMails.BuildingBlocks.Infrastructure.Specifications;

/// <summary>
/// Turns an Ardalis.Specification specification into an EF Core query: the part the library leaves to its EF Core
/// package, which is not served here (ADR 0027). Filters, order and paging are the library's own evaluators; this
/// class adds what needs EF Core: literal LIKE searches, includes, tracking, the tenant filter and projection.
/// A specification reads without tracking unless it says <c>AsTracking()</c>: most reads only show what they load.
/// </summary>
public static class SpecificationEvaluator
{
    private static readonly MethodInfo LikeWithEscape = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MemberExpression Functions = Expression.Property(null, typeof(EF).GetProperty(nameof(EF.Functions))!);

    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include) && m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterReference = ThenIncludeOverload(collection: false);

    private static readonly MethodInfo ThenIncludeAfterCollection = ThenIncludeOverload(collection: true);

    /// <summary>The whole query: filters, order, paging, includes, tracking.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        var query = Criteria(source, specification);
        query = OrderEvaluator.Instance.GetQuery(query, specification);
        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        query = Includes(query, specification);
        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        return specification.AsTracking ? query.AsTracking() : query.AsNoTracking();
    }

    /// <summary>The query with the specification's projection.</summary>
    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class =>
        Apply(source, (ISpecification<T>)specification).Select(
            specification.Selector ?? throw new SelectorNotFoundException());

    /// <summary>Only what decides which rows match (for counts and existence): no order, no paging, no includes.</summary>
    public static IQueryable<T> Criteria<T>(IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        var query = specification.IgnoreQueryFilters ? source.IgnoreQueryFilters([ModuleDbContext.TenantFilter]) : source;
        query = WhereEvaluator.Instance.GetQuery(query, specification);
        foreach (var group in specification.SearchCriterias.GroupBy(s => s.SearchGroup))
        {
            query = query.Where(AnyLike(group.ToList()));
        }

        return query;
    }

    // Searches of one group are alternatives (OR); groups narrow each other (AND), as Ardalis.Specification says.
    private static Expression<Func<T, bool>> AnyLike<T>(IReadOnlyList<SearchExpressionInfo<T>> searches)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        foreach (var search in searches)
        {
            var value = new ParameterReplacer(search.Selector.Parameters[0], row).Visit(search.Selector.Body);
            // A closure's member, so EF Core sends the pattern as a parameter, never as SQL text.
            var pattern = Expression.Property(Expression.Constant(new SearchTerm(search.SearchTerm)), nameof(SearchTerm.Pattern));
            var like = Expression.Call(LikeWithEscape, Functions, value, pattern, Expression.Constant("\\"));
            any = any is null ? like : Expression.OrElse(any, like);
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private static IQueryable<T> Includes<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        foreach (var include in specification.IncludeExpressions)
        {
            var navigation = include.LambdaExpression;
            var method = include.Type switch
            {
                IncludeTypeEnum.Include => IncludeMethod.MakeGenericMethod(typeof(T), navigation.ReturnType),
                _ when IsCollection(include.PreviousPropertyType!, out var element) =>
                    ThenIncludeAfterCollection.MakeGenericMethod(typeof(T), element, navigation.ReturnType),
                _ => ThenIncludeAfterReference.MakeGenericMethod(typeof(T), include.PreviousPropertyType!, navigation.ReturnType),
            };
            query = (IQueryable<T>)method.Invoke(null, [query, navigation])!;
        }

        return query;
    }

    private static bool IsCollection(Type type, out Type element)
    {
        var enumerable = type == typeof(string) ? null : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        element = enumerable?.GetGenericArguments()[0] ?? type;
        return enumerable is not null;
    }

    private static MethodInfo ThenIncludeOverload(bool collection) =>
        typeof(EntityFrameworkQueryableExtensions).GetMethods().Single(m =>
            m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
            && m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType == collection
            && (!collection || m.GetParameters()[0].ParameterType.GetGenericArguments()[1].GetGenericTypeDefinition() == typeof(IEnumerable<>)));

    private sealed record SearchTerm(string Pattern);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
