using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace PenguinMails.Campaigns.Infrastructure.Sending;

/// <summary>An e-mail about to be handed to its server, as the Content Database keeps it.</summary>
internal sealed record LoggedEmail(
    Guid Id, Guid TenantId, Guid CampaignId, Guid StepId, int StepOrder, Guid LeadId, Guid EnrollmentId, Guid AccountId, string MessageId,
    string From, string To, int Attempts, string Subject, string TextBody, IReadOnlyList<KeyValuePair<string, string>> Headers);

/// <summary>An outcome from an enrollment's log slot, on its way to the Content Database.</summary>
internal sealed record LoggedOutcome(Guid EnrollmentId, Guid EmailId, string Status, string? Reply, int? SmtpStatus, DateTimeOffset? SentAt, DateTimeOffset At);

/// <summary>
/// The message log in the Content Database (ADR 0030), as the platform role: each e-mail is written, with its
/// rendered content, before its SMTP session begins, and its outcome is copied there from the operational log slot
/// afterwards. Every write is idempotent (keyed by the e-mail's id), so a copy repeated after a crash changes nothing.
/// </summary>
internal sealed class MessageLog(NpgsqlDataSource content)
{
    public async Task WriteAsync(IReadOnlyList<LoggedEmail> emails, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (emails.Count == 0)
        {
            return;
        }

        await using var batch = content.CreateBatch();
        var messages = new NpgsqlBatchCommand("""
            INSERT INTO email_messages (id, tenant_id, campaign_id, step_id, step_order, lead_id, enrollment_id, email_account_id, message_id,
                                        from_address, to_address, status, attempts, queued_at, updated)
            SELECT u.id, u.tenant, u.campaign, u.step, u.step_order, u.lead, u.enrollment, u.account, u.message, u.sender, u.recipient,
                   'sending', u.attempts, @now, @now
            FROM unnest(@ids, @tenants, @campaigns, @steps, @orders, @leads, @enrollments, @accounts, @messages, @froms, @tos, @attempts)
                 AS u(id, tenant, campaign, step, step_order, lead, enrollment, account, message, sender, recipient, attempts)
            ON CONFLICT (id) DO UPDATE SET status = 'sending', attempts = excluded.attempts, updated = excluded.updated
            """);
        Add(messages, "ids", emails.Select(e => e.Id));
        Add(messages, "tenants", emails.Select(e => e.TenantId));
        Add(messages, "campaigns", emails.Select(e => e.CampaignId));
        Add(messages, "steps", emails.Select(e => e.StepId));
        Add(messages, "orders", emails.Select(e => e.StepOrder));
        Add(messages, "leads", emails.Select(e => e.LeadId));
        Add(messages, "enrollments", emails.Select(e => e.EnrollmentId));
        Add(messages, "accounts", emails.Select(e => e.AccountId));
        Add(messages, "messages", emails.Select(e => e.MessageId));
        Add(messages, "froms", emails.Select(e => e.From));
        Add(messages, "tos", emails.Select(e => e.To));
        Add(messages, "attempts", emails.Select(e => e.Attempts));
        messages.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        batch.BatchCommands.Add(messages);

        var bodies = new NpgsqlBatchCommand("""
            INSERT INTO email_content (email_message_id, tenant_id, subject, text_body, headers)
            SELECT u.id, u.tenant, u.subject, u.body, u.headers::jsonb FROM unnest(@ids, @tenants, @subjects, @bodies, @headers) AS u(id, tenant, subject, body, headers)
            ON CONFLICT (email_message_id) DO UPDATE SET subject = excluded.subject, text_body = excluded.text_body, headers = excluded.headers
            """);
        Add(bodies, "ids", emails.Select(e => e.Id));
        Add(bodies, "tenants", emails.Select(e => e.TenantId));
        Add(bodies, "subjects", emails.Select(e => e.Subject));
        Add(bodies, "bodies", emails.Select(e => e.TextBody));
        Add(bodies, "headers", emails.Select(e => JsonSerializer.Serialize(e.Headers.Select(h => new[] { h.Key, h.Value }))));
        batch.BatchCommands.Add(bodies);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordAsync(IReadOnlyList<LoggedOutcome> outcomes, CancellationToken cancellationToken)
    {
        await using var command = content.CreateCommand("""
            UPDATE email_messages m
            SET status = u.status, smtp_reply = u.reply, smtp_status = u.code, sent_at = COALESCE(u.sent_at, m.sent_at), updated = u.at
            FROM unnest(@ids, @statuses, @replies, @codes, @sent, @at) AS u(id, status, reply, code, sent_at, at)
            WHERE m.id = u.id
            """);
        Add(command, "ids", outcomes.Select(o => o.EmailId));
        Add(command, "statuses", outcomes.Select(o => o.Status));
        Add(command, "replies", outcomes.Select(o => o.Reply));
        Add(command, "codes", outcomes.Select(o => o.SmtpStatus));
        command.Parameters.Add(new NpgsqlParameter("sent", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = outcomes.Select(o => o.SentAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = outcomes.Select(o => o.At).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The subjects of these e-mails as written (a follow-up threads under the first one's).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> SubjectsAsync(IReadOnlyList<Guid> emailIds, CancellationToken cancellationToken)
    {
        await using var command = content.CreateCommand("SELECT email_message_id, subject FROM email_content WHERE email_message_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", emailIds.ToArray());
        var subjects = new Dictionary<Guid, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            subjects[reader.GetGuid(0)] = reader.GetString(1);
        }

        return subjects;
    }

    private static void Add<T>(NpgsqlBatchCommand command, string name, IEnumerable<T> values) => command.Parameters.AddWithValue(name, values.ToArray());

    private static void Add<T>(NpgsqlCommand command, string name, IEnumerable<T> values) => command.Parameters.AddWithValue(name, values.ToArray());
}
