using PenguinMails.Campaigns.Contracts.Leads.ImportLeads;

namespace PenguinMails.Campaigns.Application.Leads.ImportLeads;

/// <summary>One data row as read from the file, before any rule is applied. <c>Row</c> counts data rows from 1.</summary>
internal sealed record RawLeadRow(
    int Row, string? Email, string? Name, string? Company, string? Status, string? FirstName = null, string? LastName = null,
    IReadOnlyDictionary<string, string>? CustomFields = null);

/// <summary>A row that passed the rules, ready to store.</summary>
internal sealed record LeadImportRow(
    int Row, string Email, string? Name, string? Company, string? Status, string? FirstName, string? LastName,
    IReadOnlyDictionary<string, string>? CustomFields);

/// <summary>An open import file: the columns it has that are neither lead fields nor custom fields, and its rows as they are read.</summary>
internal sealed record LeadSource(IReadOnlyList<string> IgnoredColumns, IAsyncEnumerable<RawLeadRow> Rows);

/// <summary>The file cannot be read (no email column, broken quoting, malformed JSON): nothing is imported.</summary>
internal sealed class LeadSourceException(string message) : Exception(message);

/// <summary>Reads CSV and JSON import files as they stream in.</summary>
internal interface ILeadSourceReader
{
    Task<LeadSource> OpenAsync(Stream body, LeadFileFormat format, CancellationToken cancellationToken);
}

/// <summary>What the store did with the valid rows, and the first rows it did not store (skipped), with why.</summary>
internal sealed record LeadImportCounts(int Inserted, int Updated, int Skipped, IReadOnlyList<(int Row, string Reason, string Email)> Problems);

/// <summary>
/// Stores valid rows set-wise (COPY into a staging table, then one upsert): the first occurrence of an address wins,
/// later ones are duplicates; new addresses beyond <paramref name="newLeadAllowance"/> are over the plan's limit.
/// </summary>
internal interface ILeadImporter
{
    Task<LeadImportCounts> ImportAsync(IAsyncEnumerable<LeadImportRow> rows, bool updateExisting, int? newLeadAllowance, int maxProblems, CancellationToken cancellationToken);
}
