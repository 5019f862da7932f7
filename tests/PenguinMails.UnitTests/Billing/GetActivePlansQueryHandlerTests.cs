using System.Reflection;
using System.Runtime.CompilerServices;
using Ardalis.Specification;
using NSubstitute;
using PenguinMails.Billing.Application.Plans;
using PenguinMails.Billing.Application.Plans.GetActivePlans;
using PenguinMails.Billing.Contracts.Plans.GetActivePlans;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.UnitTests.Billing;

public sealed class GetActivePlansQueryHandlerTests
{
    private readonly IPlanRepository _plans = Substitute.For<IPlanRepository>();
    private readonly GetActivePlansQueryHandler _handler;

    public GetActivePlansQueryHandlerTests() => _handler = new GetActivePlansQueryHandler(_plans, ModuleMappers.Of("Billing"));

    [Fact]
    public async Task Handle_WhenMoreRowsThanTheLimit_ReturnsOnePageAndACursorAfterItsLastRow()
    {
        _plans.ListAsync(Arg.Any<ISpecification<Plan>>(), Arg.Any<CancellationToken>())
            .Returns([PlanRow("free", 0), PlanRow("starter", 4900), PlanRow("pro", 19900)]);

        var page = await _handler.Handle(new GetActivePlansQuery(Limit: 2), CancellationToken.None);

        Assert.Equal(["free", "starter"], page.Items.Select(p => p.Slug));
        Assert.True(KeysetCursor.TryDecode<int, string>(page.NextCursor, out var price, out var slug));
        Assert.Equal((4900, "starter"), (price, slug));
    }

    [Fact]
    public async Task Handle_WhenTheLastPage_ReturnsNoCursor()
    {
        _plans.ListAsync(Arg.Any<ISpecification<Plan>>(), Arg.Any<CancellationToken>()).Returns([PlanRow("pro", 19900)]);

        var page = await _handler.Handle(new GetActivePlansQuery(Limit: 2), CancellationToken.None);

        Assert.Single(page.Items);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task Handle_WithACursor_AsksForRowsAfterIt_AndOneMoreThanTheLimit()
    {
        _plans.ListAsync(Arg.Any<ISpecification<Plan>>(), Arg.Any<CancellationToken>()).Returns([]);

        await _handler.Handle(new GetActivePlansQuery(5, KeysetCursor.Encode(4900, "starter")), CancellationToken.None);

        await _plans.Received(1).ListAsync(
            Arg.Is<ISpecification<Plan>>(s => s.WhereExpressions.Count() == 2 && s.Take == 6 && s.OrderExpressions.Count() == 2),
            Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(0, null, false)]
    [InlineData(201, null, false)]
    [InlineData(1, null, true)]
    [InlineData(200, null, true)]
    [InlineData(50, "garbage!", false)]
    [InlineData(50, "WzEsMiwzXQ", false)] // [1,2,3]: a cursor of another shape
    public void Validator_AcceptsOnlyLimitsFrom1To200AndCursorsThisListIssued(int limit, string? cursor, bool valid)
    {
        var result = new PagedQueryValidator<GetActivePlansQuery>().Validate(new GetActivePlansQuery(limit, cursor));
        Assert.Equal(valid, result.IsValid);
    }

    // Plans are created by staff in a later use case; here a row is built as EF Core would materialize it.
    internal static Plan PlanRow(string slug, int price)
    {
        var plan = (Plan)RuntimeHelpers.GetUninitializedObject(typeof(Plan));
        Set(plan, nameof(Plan.Id), Guid.NewGuid());
        Set(plan, nameof(Plan.Slug), slug);
        Set(plan, nameof(Plan.Name), slug);
        Set(plan, nameof(Plan.PriceMonthly), (int?)price);
        Set(plan, nameof(Plan.IsActive), true);
        return plan;
    }

    private static void Set(Plan plan, string property, object? value) =>
        typeof(Plan).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(plan, value);
}
