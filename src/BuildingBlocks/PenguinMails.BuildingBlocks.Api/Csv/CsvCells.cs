using System.Text;

namespace PenguinMails.BuildingBlocks.Api.Csv;

/// <summary>
/// Cells of a CSV file the API hands out (RFC 4180). Text a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return: <c>=cmd|' /C calc'!A0</c>, <c>@SUM(…)</c>,
/// <c>+HYPERLINK(…)</c>) is stored as the client sent it but exported with a leading apostrophe, which spreadsheets
/// show as text (OWASP's advice on CSV injection). Every export writes its cells through here.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Row(params string?[] cells) => string.Join(',', cells.Select(Cell));

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || text != text.Trim()
            ? new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString()
            : text;
    }
}
