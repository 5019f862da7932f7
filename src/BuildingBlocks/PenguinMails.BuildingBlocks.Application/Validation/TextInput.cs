namespace PenguinMails.BuildingBlocks.Application.Validation;

/// <summary>
/// What text PostgreSQL refuses: U+0000, which JSON, query strings and cursors can all carry. Refused at the edge, it
/// never reaches a statement (a statement PostgreSQL refuses while binding is what once left pooled connections
/// unusable for the next caller; ADR 0020).
/// </summary>
public static class TextInput
{
    public const string NulMessage = "Text may not contain the NUL character (U+0000).";

    public static bool HasNul(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal);
}
