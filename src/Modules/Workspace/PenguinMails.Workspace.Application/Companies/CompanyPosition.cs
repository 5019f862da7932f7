using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Companies;

/// <summary>The company list's keyset: (created, id).</summary>
internal sealed record CompanyPosition(DateTimeOffset Created, Guid Id)
{
    public static CompanyPosition Of(Company company) => new(company.Created, company.Id);

    public static bool IsWellFormed(string? cursor) => KeysetCursor.IsWellFormed<DateTimeOffset, Guid>(cursor);

    public static CompanyPosition? Decode(string? cursor) =>
        KeysetCursor.TryDecode<DateTimeOffset, Guid>(cursor, out var created, out var id) ? new CompanyPosition(created, id) : null;

    public string Encode() => KeysetCursor.Encode(Created, Id);
}
