using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class PageSpecificationTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    // Two rows share an instant: the id must break the tie, or a page boundary between them would skip or repeat one.
    private static readonly Row[] Rows =
    [
        new(Noon, Guid.Parse("00000000-0000-0000-0000-000000000002")),
        new(Noon.AddSeconds(1), Guid.Parse("00000000-0000-0000-0000-000000000001")),
        new(Noon, Guid.Parse("00000000-0000-0000-0000-000000000001")),
        new(Noon.AddSeconds(-1), Guid.Parse("00000000-0000-0000-0000-000000000009")),
    ];

    [Fact]
    public void A_first_creation_page_is_the_oldest_rows_and_one_more()
    {
        var page = new CreationPageOf(after: null, limit: 2).Evaluate(Rows).ToList();

        Assert.Equal([Rows[3], Rows[2], Rows[0]], page);
    }

    [Fact]
    public void A_creation_page_after_a_position_starts_at_the_next_row_even_at_the_same_instant()
    {
        var page = new CreationPageOf(new CreatedPosition(Rows[2].Created, Rows[2].Id), limit: 5).Evaluate(Rows).ToList();

        Assert.Equal([Rows[0], Rows[1]], page);
    }

    [Fact]
    public void A_sequence_page_starts_after_the_cursors_id_in_id_order()
    {
        Sequenced[] rows = [new(7), new(3), new(12), new(5)];

        Assert.Equal([5, 7], new SequencePageOf(IdCursor.Encode(3), limit: 1).Evaluate(rows).Select(r => r.Id));
        Assert.Equal([3, 5, 7, 12], new SequencePageOf(null, limit: 10).Evaluate(rows).Select(r => r.Id));
    }

    [Theory]
    [InlineData("50%_off", "%50\\%\\_off%")]
    [InlineData("a\\b", "%a\\\\b%")]
    [InlineData("plain", "%plain%")]
    public void A_containing_pattern_matches_wildcards_literally(string text, string pattern) =>
        Assert.Equal(pattern, LikePattern.Containing(text));

    [Fact]
    public void A_starting_with_pattern_has_one_wildcard_at_the_end() =>
        Assert.Equal("ada\\_%", LikePattern.StartingWith("ada_"));

    private sealed record Row(DateTimeOffset Created, Guid Id) : ICreationOrdered;

    private sealed record Sequenced(long Id) : ISequenceOrdered;

    private sealed class SequencePageOf : Specification<Sequenced>
    {
        public SequencePageOf(string? cursor, int limit) => Query.SequencePage(cursor, limit);
    }

    private sealed class CreationPageOf : Specification<Row>
    {
        public CreationPageOf(CreatedPosition? after, int limit) => Query.CreationPage(after, limit);
    }
}
