using PenguinMails.BuildingBlocks.Application.Pagination;

namespace PenguinMails.Identity.Application;

/// <summary>The keyset of lists in creation order: (created, id); the id breaks ties, so the order is total.</summary>
internal sealed record CreatedPosition(DateTimeOffset Created, Guid Id)
{
    public static bool IsWellFormed(string? cursor) => KeysetCursor.IsWellFormed<DateTimeOffset, Guid>(cursor);

    public static CreatedPosition? Decode(string? cursor) =>
        KeysetCursor.TryDecode<DateTimeOffset, Guid>(cursor, out var created, out var id) ? new CreatedPosition(created, id) : null;

    public string Encode() => KeysetCursor.Encode(Created, Id);
}
