using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Sending;

/// <summary>The thread a follow-up continues: the first e-mail's Message-ID and subject, and the last one sent.</summary>
internal sealed record EmailThread(string FirstMessageId, string FirstSubject, string LastMessageId);

/// <summary>An e-mail of a step, written for one lead: what the SMTP session sends and the message log keeps.</summary>
internal sealed record ComposedEmail(string Subject, string TextBody, IReadOnlyList<KeyValuePair<string, string>> Headers);

/// <summary>
/// Writes a step's e-mail for a lead: the template personalised, RFC 8058 one-click unsubscribe in the headers (and
/// <c>{{unsubscribeUrl}}</c> in the body), the platform's correlation header, and for a follow-up the threading
/// headers, with the first subject as <c>Re: …</c> when the step has no subject of its own.
/// </summary>
internal static class CampaignEmail
{
    public const string CorrelationHeader = "X-PenguinMails-Message-Id";

    public static ComposedEmail Compose(
        string? templateSubject, string? templateContent, string? subjectOverride, Dictionary<string, string?> values,
        EmailThread? thread, string unsubscribeUrl, Guid emailId)
    {
        values[TemplateText.UnsubscribeUrl] = unsubscribeUrl;
        var subject = TemplateText.Render(string.IsNullOrWhiteSpace(subjectOverride) ? templateSubject : subjectOverride, values).Text.Trim();
        if (subject.Length == 0 && thread is not null)
        {
            subject = thread.FirstSubject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? thread.FirstSubject : "Re: " + thread.FirstSubject;
        }

        // Header values are one line: a lead's field with a line break must not forge a header.
        subject = subject.ReplaceLineEndings(" ");
        var body = TemplateText.Render(templateContent, values).Text;
        var headers = new List<KeyValuePair<string, string>>
        {
            new("List-Unsubscribe", $"<{unsubscribeUrl}>"),
            new("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            new(CorrelationHeader, emailId.ToString("N")),
        };
        if (thread is not null)
        {
            headers.Add(new("In-Reply-To", thread.LastMessageId));
            headers.Add(new("References", thread.FirstMessageId == thread.LastMessageId ? thread.FirstMessageId : $"{thread.FirstMessageId} {thread.LastMessageId}"));
        }

        return new ComposedEmail(subject, body, headers);
    }

    /// <summary>
    /// How long a 4xx waits before the next try: five minutes doubling per attempt (capped at four hours), plus up to a
    /// fifth more at random so a storm of deferrals does not come back at one instant.
    /// </summary>
    public static TimeSpan RetryDelay(int attempts, double random)
    {
        var minutes = Math.Min(5 * Math.Pow(2, Math.Max(attempts - 1, 0)), 240);
        return TimeSpan.FromMinutes(minutes * (1 + (0.2 * random)));
    }
}
