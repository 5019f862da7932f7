using System.Text;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Application.Contracts;

namespace PenguinMails.Campaigns.Application.Leads.ListLeads;

/// <summary>The tenant's leads in address order; ?status=, ?q= (the start of email, name or company, any case).</summary>
public sealed record ListLeadsQuery(int Limit = PageLimits.Default, string? Cursor = null, string? Status = null, string? Q = null) : IQuery<CursorPage<LeadDto>>, IPagedQuery
{
    /// <summary>The cursor is the last address seen, opaque to clients.</summary>
    internal static string Encode(string email) => Convert.ToBase64String(Encoding.UTF8.GetBytes(email)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static string? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) && Encoding.UTF8.GetString(bytes, 0, written) is var email
            && !TextInput.HasNul(email) ? email : null;
    }

    bool IPagedQuery.IsIssuedCursor(string cursor) => ListLeadsQuery.Decode(cursor) is { Length: > 0 };
}
