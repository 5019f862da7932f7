using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PenguinMails.Campaigns.Application.Leads.ImportLeads;
using PenguinMails.Campaigns.Contracts.Leads.ImportLeads;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Import;

/// <summary>
/// CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, LF or CRLF) and JSON arrays, one row at a
/// time. Columns (or JSON fields) that are not lead fields become custom fields when their name can be one
/// (<see cref="CustomField.IsValidName"/>), up to 50; the others are ignored and named in the answer.
/// </summary>
internal sealed class LeadSourceReader : ILeadSourceReader
{
    // The lead's own fields in column order; a header matches ignoring case, '_' and spaces (first_name, First Name).
    private static readonly string[] Fields = ["email", "name", "company", "status", "firstname", "lastname"];
    private const int MaxIgnoredColumns = 50;

    public async Task<LeadSource> OpenAsync(Stream body, LeadFileFormat format, CancellationToken cancellationToken)
    {
        if (format == LeadFileFormat.Json)
        {
            var ignored = new SortedSet<string>(StringComparer.Ordinal);
            return new LeadSource(new IgnoredView(ignored), ReadJsonAsync(body, ignored, cancellationToken));
        }

        var csv = new CsvReader(new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024));
        var header = await csv.ReadRecordAsync(cancellationToken) ?? throw new LeadSourceException("the file is empty; the first line must name the columns (email, name, company, status).");
        var columns = header.Select(FieldKey).ToList();
        var positions = Fields.Select(f => columns.IndexOf(f)).ToArray();
        if (positions[0] < 0)
        {
            throw new LeadSourceException("the header has no email column; the first line must name the columns (email required; name, company, status optional).");
        }

        var others = header.Select((h, i) => (Name: h.Trim(), Position: i)).Where(c => !Fields.Contains(columns[c.Position])).ToList();
        var custom = others.Where(c => CustomField.IsValidName(c.Name)).DistinctBy(c => c.Name).Take(CustomField.MaxFields).ToList();
        var ignoredColumns = others.Where(c => !custom.Contains(c)).Select(c => c.Name).Take(MaxIgnoredColumns).ToList();
        return new LeadSource(ignoredColumns, ReadCsvAsync(csv, positions, custom, cancellationToken));
    }

    private static string FieldKey(string header) => header.Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static async IAsyncEnumerable<RawLeadRow> ReadCsvAsync(
        CsvReader csv, int[] positions, IReadOnlyList<(string Name, int Position)> custom, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var row = 0;
        while (await csv.ReadRecordAsync(cancellationToken) is { } record)
        {
            if (record.Count == 1 && record[0].Length == 0)
            {
                continue; // a blank line
            }

            row++;
            string? Field(int i) => positions[i] >= 0 && positions[i] < record.Count ? record[positions[i]] : null;
            Dictionary<string, string>? fields = null;
            foreach (var (name, position) in custom)
            {
                if (position < record.Count && record[position].Length > 0)
                {
                    (fields ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = record[position];
                }
            }

            yield return new RawLeadRow(row, Field(0), Field(1), Field(2), Field(3), Field(4), Field(5), fields);
        }
    }

    private static async IAsyncEnumerable<RawLeadRow> ReadJsonAsync(Stream body, SortedSet<string> ignored, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var row = 0;
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool next;
                try
                {
                    next = await elements.MoveNextAsync();
                }
                catch (JsonException malformed)
                {
                    throw new LeadSourceException($"the JSON is malformed after element {row} ({malformed.Message.Split('.')[0]}); send an array of objects.");
                }

                if (!next)
                {
                    yield break;
                }

                row++;
                var element = elements.Current;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    yield return new RawLeadRow(row, null, null, null, null);
                    continue;
                }

                var known = new string?[Fields.Length];
                Dictionary<string, string>? fields = null;
                foreach (var property in element.EnumerateObject())
                {
                    var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    var field = Array.IndexOf(Fields, FieldKey(property.Name));
                    if (field >= 0)
                    {
                        known[field] = text;
                    }
                    else if (text is not null && CustomField.IsValidName(property.Name) && (fields?.Count ?? 0) < CustomField.MaxFields)
                    {
                        (fields ??= new Dictionary<string, string>(StringComparer.Ordinal))[property.Name] = text;
                    }
                    else if (ignored.Count < MaxIgnoredColumns)
                    {
                        ignored.Add(property.Name);
                    }
                }

                yield return new RawLeadRow(row, known[0], known[1], known[2], known[3], known[4], known[5], fields);
            }
        }
        finally
        {
            await elements.DisposeAsync();
        }
    }

    /// <summary>The JSON's unknown fields, known only once its rows are read: a live view over the set.</summary>
    private sealed class IgnoredView(SortedSet<string> names) : IReadOnlyList<string>
    {
        public int Count => names.Count;

        public string this[int index] => names.ElementAt(index);

        public IEnumerator<string> GetEnumerator() => names.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>A streaming RFC 4180 record reader.</summary>
internal sealed class CsvReader(TextReader reader)
{
    /// <summary>A single field longer than this is not a lead's data; refusing it bounds memory.</summary>
    private const int MaxFieldLength = 64 * 1024;

    private readonly StringBuilder _field = new();
    private readonly char[] _chars = new char[64 * 1024];
    private int _position;
    private int _length;
    private int _line = 1;

    /// <summary>The next record's fields, or null at the end. Characters are scanned in place; only an empty buffer awaits.</summary>
    public async Task<List<string>?> ReadRecordAsync(CancellationToken cancellationToken)
    {
        var record = new List<string>();
        _field.Clear();
        var quoted = false;
        var sawAny = false;
        var quoteEnded = false;
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken))
            {
                if (quoted && !quoteEnded)
                {
                    throw new LeadSourceException($"line {_line}: a quoted field is not closed before the end of the file.");
                }

                if (!sawAny)
                {
                    return null;
                }

                record.Add(_field.ToString());
                return record;
            }

            sawAny = true;
            var ch = _chars[_position++];
            if (quoted)
            {
                if (quoteEnded)
                {
                    // After a closing quote: a second quote is an escaped one; anything else ends the quoted part.
                    quoteEnded = false;
                    if (ch == '"')
                    {
                        Append('"');
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    if (ch == '"')
                    {
                        quoteEnded = true;
                    }
                    else
                    {
                        _line += ch == '\n' ? 1 : 0;
                        Append(ch);
                    }

                    continue;
                }
            }

            switch (ch)
            {
                case '"' when _field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    record.Add(_field.ToString());
                    _field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    record.Add(_field.ToString());
                    return record;
                default:
                    Append(ch);
                    break;
            }
        }
    }

    private void Append(char c)
    {
        if (_field.Length >= MaxFieldLength)
        {
            throw new LeadSourceException($"line {_line}: a field is longer than {MaxFieldLength} characters.");
        }

        _field.Append(c);
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _length = await reader.ReadAsync(_chars.AsMemory(), cancellationToken);
        _position = 0;
        return _length > 0;
    }
}
