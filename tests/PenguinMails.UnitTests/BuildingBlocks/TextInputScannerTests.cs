using System.Text.Json;
using PenguinMails.BuildingBlocks.Application.Behaviors;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class TextInputScannerTests
{
    public sealed record Address(string Street, string? City);

    public sealed record Sample(string Name, IReadOnlyList<string> Roles, Address? Home, Optional<string?> Nickname,
        Dictionary<string, string>? Labels, JsonElement? Settings, int Count, Guid Id);

    private static Sample Clean() => new("Ann", ["member"], new Address("Main", "Oslo"), default, new() { ["k"] = "v" },
        JsonDocument.Parse("""{"a":["b"]}""").RootElement, 3, Guid.Empty);

    [Fact]
    public void A_request_without_nul_has_no_finding() => Assert.Null(TextInputScanner.FindNul(Clean()));

    [Fact]
    public void A_top_level_string_is_named() => Assert.Equal("name", TextInputScanner.FindNul(Clean() with { Name = "A\0" }));

    [Fact]
    public void A_list_element_is_named_with_its_index() => Assert.Equal("roles[1]", TextInputScanner.FindNul(Clean() with { Roles = ["a", "b\0"] }));

    [Fact]
    public void A_nested_record_field_is_named_by_its_path() =>
        Assert.Equal("home.city", TextInputScanner.FindNul(Clean() with { Home = new Address("Main", "\0") }));

    [Fact]
    public void A_patch_field_is_named_as_the_field_not_its_wrapper() =>
        Assert.Equal("nickname", TextInputScanner.FindNul(Clean() with { Nickname = new Optional<string?>("n\0") }));

    [Fact]
    public void A_dictionary_key_is_found() => Assert.Equal("labels", TextInputScanner.FindNul(Clean() with { Labels = new() { ["k\0"] = "v" } }));

    [Fact]
    public void A_dictionary_value_is_named_by_its_key() => Assert.Equal("labels.k", TextInputScanner.FindNul(Clean() with { Labels = new() { ["k"] = "\0" } }));

    [Fact]
    public void Free_json_is_searched_to_its_leaves() =>
        Assert.Equal("settings.a[0]", TextInputScanner.FindNul(Clean() with { Settings = JsonDocument.Parse("""{"a":["\u0000"]}""").RootElement }));

    [Fact]
    public void A_cursor_holding_a_nul_is_not_well_formed() =>
        Assert.False(KeysetCursor.TryDecode<int, string>(KeysetCursor.Encode(1, "a\0"), out _, out _));

    [Fact]
    public void A_cursor_instant_at_an_offset_decodes_in_utc()
    {
        Assert.True(KeysetCursor.TryDecode<DateTimeOffset, Guid>(
            KeysetCursor.Encode(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.FromHours(5)), Guid.Empty), out var instant, out _));
        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 5, 0, 0, TimeSpan.Zero), instant);
    }
}
