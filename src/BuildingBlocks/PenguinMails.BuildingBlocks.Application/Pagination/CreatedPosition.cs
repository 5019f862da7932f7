namespace PenguinMails.BuildingBlocks.Application.Pagination;

/// <summary>
/// The keyset of lists in creation order, (created, id): the id breaks ties, so the order is total. Lists in either
/// direction use it; the query decides whether the next page is after or before the position.
/// </summary>
public sealed record CreatedPosition(DateTimeOffset Created, Guid Id)
{
    public const string NotIssuedMessage = "The cursor is not one this list issued.";

    public static bool IsWellFormed(string? cursor) => KeysetCursor.IsWellFormed<DateTimeOffset, Guid>(cursor);

    public static CreatedPosition? Decode(string? cursor) =>
        KeysetCursor.TryDecode<DateTimeOffset, Guid>(cursor, out var created, out var id) ? new CreatedPosition(created, id) : null;

    public string Encode() => KeysetCursor.Encode(Created, Id);
}
