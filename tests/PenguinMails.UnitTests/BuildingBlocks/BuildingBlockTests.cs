using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class BuildingBlockTests
{
    [Fact]
    public void KeysetCursor_RoundTripsItsPosition()
    {
        var cursor = KeysetCursor.Encode(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), Guid.Empty);
        Assert.True(KeysetCursor.TryDecode<DateTimeOffset, Guid>(cursor, out var created, out var id));
        Assert.Equal((DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), Guid.Empty), (created, id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("bnVsbA")] // null
    [InlineData("WyJhIiwiYiJd")] // ["a","b"] where numbers are expected
    public void KeysetCursor_RejectsWhatItDidNotIssue(string cursor) =>
        Assert.False(KeysetCursor.TryDecode<int, int>(cursor, out _, out _));

    [Fact]
    public void KeysetCursor_RejectsOversizedInput() =>
        Assert.False(KeysetCursor.IsWellFormed<int, string>(new string('A', 5000)));

    [Fact]
    public void CheckRule_WhenTheRuleIsBroken_ThrowsNamingTheRule()
    {
        var error = Assert.Throws<BusinessRuleViolationException>(() => Widget.Rename(""));
        Assert.Equal("name-required", error.Rule.Code);
    }

    [Fact]
    public void Raise_KeepsTheEventUntilCleared()
    {
        var widget = Widget.Rename("ok");
        Assert.Single(widget.DomainEvents);
        widget.ClearDomainEvents();
        Assert.Empty(widget.DomainEvents);
    }

    private sealed class Widget : Entity
    {
        public static Widget Rename(string name)
        {
            CheckRule(new NameRequired(name));
            var widget = new Widget();
            widget.Raise(new Renamed(DateTimeOffset.UnixEpoch));
            return widget;
        }

        private sealed record Renamed(DateTimeOffset OccurredAt) : IDomainEvent;

        private sealed record NameRequired(string Name) : IBusinessRule
        {
            public string Code => "name-required";

            public string Message => "A name is required.";

            public bool IsBroken() => string.IsNullOrWhiteSpace(Name);
        }
    }
}
