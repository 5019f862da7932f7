using System.Text;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Domain;

/// <summary>A row of <c>templates</c>.</summary>
internal sealed class Template : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    public const int MaxNameLength = 100;
    public const int MaxSubjectLength = 255;

    private readonly List<TemplateFolder> _folderLinks = [];
    private readonly List<TemplateTag> _tagLinks = [];

    private Template()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = default!;

    public string? Subject { get; private set; }

    public string? Content { get; private set; }

    public bool IsStarted { get; private set; }

    public DateTimeOffset? Updated { get; private set; }

    public DateTimeOffset Created { get; private set; }

    /// <summary>The folders the template is filed in (read in queries; links are added and removed as rows of their own).</summary>
    public IReadOnlyCollection<TemplateFolder> FolderLinks => _folderLinks;

    public IReadOnlyCollection<TemplateTag> TagLinks => _tagLinks;

    public static Template Create(Guid tenantId, string name, string? subject, string? content, bool isStarted, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Name = name.Trim(),
        Subject = subject,
        Content = content,
        IsStarted = isStarted,
        Created = now,
        Updated = now,
    };

    public void Change(Optional<string> name, Optional<string?> subject, Optional<string?> content, Optional<bool> isStarted, DateTimeOffset now)
    {
        Name = name.IsSet ? name.Value.Trim() : Name;
        Subject = subject.Or(Subject);
        Content = content.Or(Content);
        IsStarted = isStarted.Or(IsStarted);
        Updated = now;
    }
}

/// <summary>
/// Personalisation in a template's subject and content: <c>{{variable}}</c> or <c>{{variable|fallback}}</c>, spaces
/// inside the braces allowed. A variable is one of the lead's fields or one of its custom fields; an empty or missing
/// value gives the fallback. A variable with neither a value source nor a fallback is left as written and reported.
/// </summary>
internal static class TemplateText
{
    /// <summary>The link that unsubscribes the lead, filled in each e-mail sent (empty in a preview).</summary>
    public const string UnsubscribeUrl = "unsubscribeUrl";

    /// <summary>The variables every lead has a value for (empty for some leads, never unknown).</summary>
    public static readonly IReadOnlyList<string> LeadFields = ["firstName", "lastName", "name", "company", "email", UnsubscribeUrl];

    /// <summary>The variables the text says without a fallback and that no lead field fills: custom fields, or typos.</summary>
    public static IEnumerable<string> CustomVariablesWithoutFallback(string? text) =>
        Parse(text ?? string.Empty).Where(p => p.Variable is { Length: > 0 } && p.Fallback is null && !LeadFields.Contains(p.Variable)).Select(p => p.Variable!).Distinct();

    /// <summary>Why the text's placeholders are broken (an unclosed <c>{{</c>), or null when they are fine.</summary>
    public static string? FindProblem(string? text)
    {
        foreach (var part in Parse(text ?? string.Empty))
        {
            if (part.Unclosed)
            {
                return $"A '{{{{' at position {part.Start + 1} is not closed with '}}}}'.";
            }
        }

        return null;
    }

    /// <summary>
    /// The text with each variable replaced by its value, or its fallback when the value is empty or the lead has no such
    /// field (a known field without either is empty), and the variables nothing could fill.
    /// </summary>
    public static (string Text, IReadOnlyList<string> Unknown) Render(string? text, IReadOnlyDictionary<string, string?> values)
    {
        var rendered = new StringBuilder();
        var unknown = new List<string>();
        foreach (var part in Parse(text ?? string.Empty))
        {
            if (part.Variable is null)
            {
                rendered.Append(part.Literal);
            }
            else if (values.TryGetValue(part.Variable, out var value) && !string.IsNullOrEmpty(value))
            {
                rendered.Append(value);
            }
            else if (part.Fallback is not null)
            {
                rendered.Append(part.Fallback);
            }
            else if (values.ContainsKey(part.Variable))
            {
                // A field every lead has, empty for this one.
            }
            else
            {
                rendered.Append(part.Literal);
                if (!unknown.Contains(part.Variable))
                {
                    unknown.Add(part.Variable);
                }
            }
        }

        return (rendered.ToString(), unknown);
    }

    /// <summary>
    /// A lead's values by variable name: its own fields (a first or last name it lacks is taken from its name's first
    /// word and the rest) and its custom fields.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ValuesOf(Lead lead) =>
        ValuesOf(lead.Email, lead.Name, lead.FirstName, lead.LastName, lead.Company, lead.CustomFields);

    public static Dictionary<string, string?> ValuesOf(
        string email, string? name, string? firstName, string? lastName, string? company, IReadOnlyDictionary<string, string> customFields)
    {
        var words = (name ?? string.Empty).Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["firstName"] = firstName ?? (words.Length > 0 ? words[0] : null),
            ["lastName"] = lastName ?? (words.Length > 1 ? words[1] : null),
            ["name"] = name,
            ["company"] = company,
            ["email"] = email,
            [UnsubscribeUrl] = null,
        };
        foreach (var (field, value) in customFields)
        {
            values.TryAdd(field, value);
        }

        return values;
    }

    private static IEnumerable<Part> Parse(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                yield return new Part(text[position..], null, position, false);
                yield break;
            }

            if (open > position)
            {
                yield return new Part(text[position..open], null, position, false);
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var nested = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (nested >= 0 && nested < close))
            {
                yield return new Part(text[open..], null, open, true);
                yield break;
            }

            var inner = text[(open + 2)..close];
            var bar = inner.IndexOf('|', StringComparison.Ordinal);
            yield return bar < 0
                ? new Part(text[open..(close + 2)], inner.Trim(), open, false)
                : new Part(text[open..(close + 2)], inner[..bar].Trim(), open, false, inner[(bar + 1)..].Trim());
            position = close + 2;
        }
    }

    private sealed record Part(string Literal, string? Variable, int Start, bool Unclosed, string? Fallback = null);
}
