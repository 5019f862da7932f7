namespace PenguinMails.Campaigns.Contracts;

public sealed record LeadDto(
    Guid Id,
    string Email,
    string? Name,
    string? FirstName,
    string? LastName,
    string? Company,
    IReadOnlyDictionary<string, string> CustomFields,
    string Status,
    DateTimeOffset? Updated);

/// <summary>
/// What an import did: every row received is counted once as inserted, updated, skipped or invalid. <c>problems</c>
/// lists the first 100 rows not stored, by row number and reason: row 1 is the first data row (the line after a CSV
/// file's header; blank lines are not rows), or the first element of a JSON array. <c>ignoredColumns</c> names the
/// columns (or JSON fields) that are neither lead fields nor custom fields (a custom field is named like a word and,
/// in JSON, has a text value).
/// </summary>
public sealed record LeadImportResultDto(
    int Received,
    int Inserted,
    int Updated,
    int Skipped,
    int Invalid,
    IReadOnlyList<LeadImportProblemDto> Problems,
    bool MoreProblems,
    IReadOnlyList<string> IgnoredColumns);

public sealed record LeadImportProblemDto(int Row, string Reason, string? Email);
