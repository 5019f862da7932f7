using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Sending;

/// <summary>An e-mail claimed for sending: the enrollment under its lease, the step, the sender, and what the lead's e-mail is written from.</summary>
internal sealed record ClaimedEmail(
    Guid EnrollmentId, Guid LeaseId, Guid TenantId, Guid CampaignId, Guid LeadId, int StepOrder, Guid StepId, Guid AccountId,
    string FromAddress, Guid EmailId, string MessageId, int Attempts, string? ThreadMessageId, string? ThreadSubject, string? LastMessageId,
    string To, string? Name, string? FirstName, string? LastName, string? Company, Dictionary<string, string> CustomFields,
    string? SubjectOverride, string? FromName, string? TemplateSubject, string? TemplateContent);

/// <summary>An enrollment taken over for a step that is not an e-mail, or for an expired lease.</summary>
internal sealed record TakenEnrollment(
    Guid EnrollmentId, Guid LeaseId, Guid CampaignId, int StepOrder, DateTimeOffset DueAt, Guid? EmailId, string? MessageId,
    bool DataStarted, Guid? AccountId, string? ThreadMessageId, LeadSignals Signals);

/// <summary>
/// The engine's SQL over the operational database, as the platform role (ADR 0029, 0030). Every statement is one round
/// trip and stands alone (no transaction is held across an SMTP session); each change to a claimed row names its
/// lease, so a worker that lost its lease changes nothing.
/// </summary>
internal sealed class SendQueue(NpgsqlDataSource platform)
{
    /// <summary>
    /// Claims the e-mails that may go now, one per account (up to <paramref name="perUngappedAccount"/> from an
    /// account without a gap, within its day's room), and reserves every cap in the same statement:
    /// due rows (follow-ups first, each list oldest first) of sending campaigns inside their window and under their
    /// daily limits, locked with SKIP LOCKED; their senders (the step's account, the lead's sticky sender, or the
    /// campaign's rotation among its senders free now), locked with SKIP LOCKED, active, on a verified domain, not paused, past their gap and
    /// under their daily cap; within the tenant's plan's e-mails per month; then the tenant's month, the campaign counters, the account counters and gap, and the lease, the Message-ID
    /// (kept across retries) and the attempt on the enrollment. Two instances running it at once take disjoint rows
    /// and disjoint accounts, so no cap is passed and no e-mail is claimed twice.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedEmail>> ClaimAsync(
        DateTimeOffset now, int accounts, int perUngappedAccount, int leaseSeconds, int platformCap, CancellationToken cancellationToken)
    {
        await using var command = platform.CreateCommand(ClaimSql);
        AddClaimParameters(command, now, accounts, perUngappedAccount, leaseSeconds, platformCap);
        var claimed = new List<ClaimedEmail>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedEmail(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetGuid(3), reader.GetGuid(4), reader.GetInt32(5), reader.GetGuid(6),
                reader.GetGuid(7), reader.GetString(8), reader.GetGuid(9), reader.GetString(10), reader.GetInt32(11),
                Text(reader, 12), Text(reader, 13), Text(reader, 14), reader.GetString(15), Text(reader, 16), Text(reader, 17), Text(reader, 18),
                Text(reader, 19), JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(20)) ?? [],
                Text(reader, 21), Text(reader, 22), Text(reader, 23), Text(reader, 24)));
        }

        return claimed;
    }

    /// <summary>The claim's parameters (the benchmark runs the same statement in a transaction it rolls back).</summary>
    internal static void AddClaimParameters(NpgsqlCommand command, DateTimeOffset now, int accounts, int perUngappedAccount, int leaseSeconds, int platformCap)
    {
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = DateOnly.FromDateTime(now.UtcDateTime) });
        command.Parameters.Add(new NpgsqlParameter("batch", NpgsqlDbType.Integer) { Value = accounts });
        command.Parameters.Add(new NpgsqlParameter("month", NpgsqlDbType.Date) { Value = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1) });
        command.Parameters.Add(new NpgsqlParameter("scan", NpgsqlDbType.Integer) { Value = accounts * Math.Max(4, perUngappedAccount) });
        command.Parameters.Add(new NpgsqlParameter("per_account", NpgsqlDbType.Integer) { Value = Math.Max(1, perUngappedAccount) });
        command.Parameters.Add(new NpgsqlParameter("lease", NpgsqlDbType.Integer) { Value = leaseSeconds });
        command.Parameters.Add(new NpgsqlParameter("cap", NpgsqlDbType.Integer) { Value = platformCap });
    }

    /// <summary>
    /// Due rows of one kind (follow-ups or first e-mails) of the campaigns that may send now, each campaign's list
    /// walked through its own partial index in next_send_at order and left once a claim has enough: active, unleased,
    /// log slot empty, at an e-mail step, to a lead that may be written to. Read without locks: the rows are locked,
    /// and their conditions re-checked, once the lists are merged.
    /// </summary>
    private static string DueWalk(string kind, string campaignCondition) => $"""
            SELECT w.row_id, w.next_send_at FROM sendable e CROSS JOIN LATERAL (
                SELECT cl.ctid AS row_id, cl.next_send_at FROM campaign_leads cl
                JOIN leads l ON l.id = cl.lead_id
                WHERE cl.campaign_id = e.id AND cl.status = 'active' AND cl.last_sent_at {kind} AND cl.next_send_at <= @now
                  AND cl.current_step = ANY (e.email_steps) AND cl.lease_until IS NULL AND cl.log_email_id IS NULL
                  AND l.status NOT IN ('unsubscribed', 'bounced')
                ORDER BY cl.next_send_at
                LIMIT @scan) w
            {campaignCondition}
            ORDER BY w.next_send_at
            LIMIT @scan
    """;

    internal static readonly string ClaimSql = $"""
        WITH sendable AS MATERIALIZED (
            -- The campaigns that may send now: sending, inside their window, under their daily limit.
            SELECT c.id,
                   c.daily_new_leads IS NULL OR c.counted_on IS DISTINCT FROM (@now AT TIME ZONE c.schedule_timezone)::date
                       OR c.new_leads_today < c.daily_new_leads AS takes_new,
                   ARRAY(SELECT s.step_order FROM campaign_sequence_steps s WHERE s.campaign_id = c.id AND s.step_type = 'email') AS email_steps
            FROM campaigns c
            WHERE c.status = 'sending'
              AND extract(isodow FROM @now AT TIME ZONE c.schedule_timezone)::smallint = ANY (c.schedule_days)
              AND CASE WHEN c.schedule_start < c.schedule_end
                       THEN (@now AT TIME ZONE c.schedule_timezone)::time >= c.schedule_start AND (@now AT TIME ZONE c.schedule_timezone)::time < c.schedule_end
                       ELSE (@now AT TIME ZONE c.schedule_timezone)::time >= c.schedule_start OR (@now AT TIME ZONE c.schedule_timezone)::time < c.schedule_end END
              AND (c.daily_limit IS NULL OR c.counted_on IS DISTINCT FROM (@now AT TIME ZONE c.schedule_timezone)::date OR c.sent_today < c.daily_limit)
        ), followups AS MATERIALIZED ({DueWalk("IS NOT NULL", "")}
        ), firsts AS MATERIALIZED ({DueWalk("IS NULL", "WHERE e.takes_new")}
        ), locked AS MATERIALIZED (
            -- The rows found again by their physical address (ctid) as read: one another claimer holds is skipped, and
            -- one changed since it was read is locked only if it still meets these conditions.
            SELECT cl.id, cl.tenant_id, cl.campaign_id, cl.next_send_at, cl.last_sent_at IS NULL AS is_new, cl.current_step, cl.email_account_id
            FROM campaign_leads cl
            WHERE cl.ctid = ANY (ARRAY(SELECT row_id FROM followups UNION ALL SELECT row_id FROM firsts))
              AND cl.status = 'active' AND cl.next_send_at <= @now AND cl.lease_until IS NULL AND cl.log_email_id IS NULL
            FOR UPDATE OF cl SKIP LOCKED
        ), due_steps AS MATERIALIZED (
            SELECT s.campaign_id, s.step_order, s.id, s.email_account_id FROM campaign_sequence_steps s
            WHERE (s.campaign_id, s.step_order) IN (SELECT DISTINCT campaign_id, current_step FROM locked) AND s.step_type = 'email'
        ), due AS MATERIALIZED (
            SELECT k.id, k.tenant_id, k.campaign_id, k.next_send_at, k.is_new, s.id AS step_id,
                   COALESCE(s.email_account_id, k.email_account_id) AS fixed_account
            FROM locked k JOIN due_steps s ON s.campaign_id = k.campaign_id AND s.step_order = k.current_step
        ), wanted AS (
            SELECT fixed_account AS id FROM due WHERE fixed_account IS NOT NULL
            UNION
            SELECT cs.email_account_id FROM campaign_senders cs WHERE cs.campaign_id IN (SELECT campaign_id FROM due WHERE fixed_account IS NULL)
        ), accounts AS MATERIALIZED (
            SELECT a.id, a.email,
                   CASE WHEN a.min_gap_seconds = 0 AND a.random_gap_seconds = 0
                        THEN LEAST(@per_account, COALESCE(a.daily_limit, @cap) - CASE WHEN a.daily_count_on = @today THEN a.daily_count ELSE 0 END)
                        ELSE 1 END AS per_claim
            FROM email_accounts a
            WHERE a.id IN (SELECT id FROM wanted)
              AND a.status IN ('active', 'warming') AND a.smtp_settings IS NOT NULL
              AND EXISTS (SELECT 1 FROM domains d WHERE d.id = a.domain_id AND d.verification_status = 'verified')
              AND (a.sending_paused_until IS NULL OR a.sending_paused_until <= @now)
              AND (a.next_send_after IS NULL OR a.next_send_after <= @now)
              AND (a.daily_count_on IS DISTINCT FROM @today OR a.daily_count < COALESCE(a.daily_limit, @cap))
            ORDER BY a.id
            LIMIT @batch
            FOR UPDATE OF a SKIP LOCKED
        ), rotation AS MATERIALIZED (
            -- Each campaign's senders free now, in rotation order.
            SELECT cs.campaign_id, array_agg(cs.email_account_id ORDER BY cs.position, cs.email_account_id) AS senders
            FROM campaign_senders cs JOIN accounts a ON a.id = cs.email_account_id
            WHERE cs.campaign_id IN (SELECT campaign_id FROM due WHERE fixed_account IS NULL)
            GROUP BY cs.campaign_id
        ), candidates AS (
            -- A lead's own sender (the step's, or the one it was first written from), else the campaign's next free sender in turn.
            SELECT n.id, n.tenant_id, n.campaign_id, n.next_send_at, n.is_new, n.step_id,
                   COALESCE(n.fixed_account, r.senders[1 + n.nth % cardinality(r.senders)]) AS account_id
            FROM (SELECT d.*, row_number() OVER (PARTITION BY d.campaign_id, d.fixed_account IS NULL ORDER BY d.next_send_at, d.id) - 1 AS nth
                  FROM due d) n
            LEFT JOIN rotation r ON r.campaign_id = n.campaign_id AND n.fixed_account IS NULL
        ), per_account AS (
            SELECT n.* FROM (SELECT c.*, row_number() OVER (PARTITION BY c.account_id ORDER BY c.is_new, c.next_send_at) AS nth_of_account
                             FROM candidates c) n
            JOIN accounts a ON a.id = n.account_id
            WHERE n.nth_of_account <= a.per_claim
        ), ranked AS (
            SELECT p.*, row_number() OVER (PARTITION BY p.campaign_id ORDER BY p.is_new, p.next_send_at) AS nth,
                   row_number() OVER (PARTITION BY p.campaign_id, p.is_new ORDER BY p.next_send_at) AS nth_of_kind,
                   row_number() OVER (PARTITION BY p.tenant_id ORDER BY p.is_new, p.next_send_at) AS nth_of_tenant
            FROM per_account p
        ), plan_room AS (
            -- Each tenant's plan allowance for the month left (NULL: no limit).
            SELECT t.tenant_id, pl.max_emails_per_month - COALESCE(u.sent, 0) AS room, pl.max_emails_per_month AS monthly
            FROM (SELECT DISTINCT tenant_id FROM per_account) t
            LEFT JOIN sending_usage u ON u.tenant_id = t.tenant_id AND u.month = @month
            LEFT JOIN subscriptions s ON s.tenant_id = t.tenant_id AND s.status <> 'canceled'
            LEFT JOIN plans pl ON pl.id = s.plan_id
        ), picked AS MATERIALIZED (
            SELECT r.*, (@now AT TIME ZONE c.schedule_timezone)::date AS local_date, pr.monthly
            FROM ranked r JOIN campaigns c ON c.id = r.campaign_id JOIN plan_room pr ON pr.tenant_id = r.tenant_id
            WHERE (pr.room IS NULL OR r.nth_of_tenant <= pr.room)
              AND (c.daily_limit IS NULL
                   OR r.nth <= c.daily_limit - CASE WHEN c.counted_on = (@now AT TIME ZONE c.schedule_timezone)::date THEN c.sent_today ELSE 0 END)
              AND (NOT r.is_new OR c.daily_new_leads IS NULL
                   OR r.nth_of_kind <= c.daily_new_leads - CASE WHEN c.counted_on = (@now AT TIME ZONE c.schedule_timezone)::date THEN c.new_leads_today ELSE 0 END)
        ), reserved_usage AS (
            -- The month's count, re-checked on the row as it is when locked: two claimers never pass the plan together.
            INSERT INTO sending_usage AS u (tenant_id, month, sent)
            SELECT tenant_id, @month, count(*) FROM picked GROUP BY tenant_id
            ON CONFLICT (tenant_id, month) DO UPDATE SET sent = u.sent + excluded.sent
                WHERE (SELECT max(p.monthly) FROM picked p WHERE p.tenant_id = u.tenant_id) IS NULL
                   OR u.sent + excluded.sent <= (SELECT max(p.monthly) FROM picked p WHERE p.tenant_id = u.tenant_id)
            RETURNING u.tenant_id
        ), campaign_locks AS MATERIALIZED (
            -- In id order, so two claimers never wait on each other in a circle.
            SELECT c.id FROM campaigns c WHERE c.id IN (SELECT campaign_id FROM picked) ORDER BY c.id FOR NO KEY UPDATE
        ), reserved_campaigns AS (
            UPDATE campaigns c
            SET sent_today = CASE WHEN c.counted_on = k.local_date THEN c.sent_today ELSE 0 END + k.total,
                new_leads_today = CASE WHEN c.counted_on = k.local_date THEN c.new_leads_today ELSE 0 END + k.firsts,
                counted_on = k.local_date
            FROM (SELECT campaign_id, local_date, count(*) AS total, count(*) FILTER (WHERE is_new) AS firsts
                  FROM picked GROUP BY campaign_id, local_date) k
            WHERE c.id = k.campaign_id AND c.id IN (SELECT id FROM campaign_locks) AND c.status = 'sending'
              AND c.tenant_id IN (SELECT tenant_id FROM reserved_usage)
              AND (c.daily_limit IS NULL OR CASE WHEN c.counted_on = k.local_date THEN c.sent_today ELSE 0 END + k.total <= c.daily_limit)
              AND (c.daily_new_leads IS NULL OR CASE WHEN c.counted_on = k.local_date THEN c.new_leads_today ELSE 0 END + k.firsts <= c.daily_new_leads)
            RETURNING c.id
        ), reserved_accounts AS (
            UPDATE email_accounts a
            SET daily_count = CASE WHEN a.daily_count_on = @today THEN a.daily_count ELSE 0 END + k.emails,
                daily_count_on = @today,
                next_send_after = @now + make_interval(secs => a.min_gap_seconds + floor(random() * (a.random_gap_seconds + 1))),
                updated = @now
            FROM (SELECT account_id, count(*) AS emails FROM picked WHERE campaign_id IN (SELECT id FROM reserved_campaigns) GROUP BY account_id) k
            WHERE a.id = k.account_id
            RETURNING a.id, a.email
        ), claimed AS (
            UPDATE campaign_leads cl
            SET lease_id = gen_random_uuid(),
                lease_until = @now + make_interval(secs => @lease),
                attempt_email_id = COALESCE(cl.attempt_email_id, gen_random_uuid()),
                attempt_message_id = COALESCE(cl.attempt_message_id,
                    '<' || replace(gen_random_uuid()::text, '-', '') || '@' || split_part(ra.email, '@', 2) || '>'),
                attempt_data_at = NULL,
                attempts = cl.attempts + 1,
                email_account_id = COALESCE(cl.email_account_id, p.account_id),
                updated = @now
            FROM picked p JOIN reserved_accounts ra ON ra.id = p.account_id
            WHERE cl.id = p.id AND p.campaign_id IN (SELECT id FROM reserved_campaigns)
            RETURNING cl.id, cl.lease_id, cl.tenant_id, cl.campaign_id, cl.lead_id, cl.current_step, p.step_id, p.account_id, ra.email AS from_address,
                      cl.attempt_email_id, cl.attempt_message_id, cl.attempts, cl.thread_message_id, cl.thread_subject, cl.last_message_id
        )
        SELECT k.*, l.email, l.name, l.first_name, l.last_name, l.company, l.custom_fields::text,
               s.subject_override, s.from_name_override, t.subject, t.content
        FROM claimed k
        JOIN leads l ON l.id = k.lead_id
        JOIN campaign_sequence_steps s ON s.id = k.step_id
        LEFT JOIN templates t ON t.id = s.template_id
        """;

    /// <summary>
    /// The before-DATA record (run synchronously inside the SMTP session): the attempt reached DATA, if its lease is
    /// still this worker's and unexpired, the enrollment still active and its campaign still sending. False: stop.
    /// </summary>
    public bool MarkDataStarted(ClaimedEmail email, DateTimeOffset now)
    {
        using var command = platform.CreateCommand("""
            UPDATE campaign_leads cl SET attempt_data_at = @now
            FROM campaigns c
            WHERE cl.id = @id AND cl.lease_id = @lease AND cl.lease_until > @now AND cl.status = 'active'
              AND c.id = cl.campaign_id AND c.status = 'sending'
            """);
        command.Parameters.AddWithValue("id", email.EnrollmentId);
        command.Parameters.AddWithValue("lease", email.LeaseId);
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The e-mail went (or may have gone: <paramref name="logStatus"/> unknown): the lead moves on, the step counts it, the outcome waits in the log slot.</summary>
    public Task<bool> AdvanceAsync(
        Guid enrollmentId, Guid leaseId, Guid emailId, Guid? stepId, string messageId, string? subject, StepPosition next,
        string logStatus, string? reply, int? smtpStatus, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            WITH moved AS (
                UPDATE campaign_leads
                SET lease_id = NULL, lease_until = NULL, attempt_email_id = NULL, attempt_message_id = NULL, attempt_data_at = NULL, attempts = 0,
                    last_sent_at = @now, thread_message_id = COALESCE(thread_message_id, @message), thread_subject = COALESCE(thread_subject, @subject),
                    last_message_id = @message, current_step = @step, last_error = NULL,
                    next_send_at = CASE WHEN @done THEN NULL ELSE @due END,
                    status = CASE WHEN @done AND status = 'active' THEN 'completed' ELSE status END,
                    log_email_id = @email, log_status = @log, log_reply = @reply, log_smtp_status = @code, log_sent_at = @now, log_at = @now, updated = @now
                WHERE id = @id AND lease_id = @lease
                RETURNING 1
            )
            UPDATE campaign_sequence_steps SET executed_count = executed_count + 1, last_executed = @now
            WHERE id = @step_id AND EXISTS (SELECT 1 FROM moved)
            """, cancellationToken, Args(enrollmentId, leaseId, now)
                .With("email", emailId).With("message", messageId).With("subject", (object?)subject ?? DBNull.Value)
                .With("step", next.Step).With("done", next.Completed).With("due", next.DueAt)
                .With("log", logStatus).With("reply", (object?)reply ?? DBNull.Value).With("code", (object?)smtpStatus ?? DBNull.Value)
                .With("step_id", (object?)stepId ?? DBNull.Value));

    /// <summary>A 4xx: the same e-mail (same Message-ID) is tried again after <paramref name="retryAt"/>.</summary>
    public Task<bool> DeferAsync(Guid enrollmentId, Guid leaseId, Guid emailId, DateTimeOffset retryAt, string reply, int? smtpStatus, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            UPDATE campaign_leads
            SET lease_id = NULL, lease_until = NULL, attempt_data_at = NULL, next_send_at = @retry, last_error = @reply,
                log_email_id = @email, log_status = 'deferred', log_reply = @reply, log_smtp_status = @code, log_sent_at = NULL, log_at = @now, updated = @now
            WHERE id = @id AND lease_id = @lease
            """, cancellationToken, Args(enrollmentId, leaseId, now).With("email", emailId).With("retry", retryAt)
                .With("reply", reply).With("code", (object?)smtpStatus ?? DBNull.Value));

    /// <summary>
    /// The e-mail will not go: the enrollment ends as <paramref name="status"/> (failed after its retries, or bounced). A
    /// bounce also marks the lead bounced and ends its other enrollments, since the address does not exist.
    /// </summary>
    public Task<bool> EndAsync(Guid enrollmentId, Guid leaseId, Guid emailId, string status, string stopReason, string logStatus, string reply, int? smtpStatus, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            WITH ended AS (
                UPDATE campaign_leads
                SET lease_id = NULL, lease_until = NULL, attempt_email_id = NULL, attempt_message_id = NULL, attempt_data_at = NULL,
                    status = @status, stop_reason = @reason, next_send_at = NULL, last_error = @reply,
                    log_email_id = @email, log_status = @log, log_reply = @reply, log_smtp_status = @code, log_sent_at = NULL, log_at = @now, updated = @now
                WHERE id = @id AND lease_id = @lease
                RETURNING tenant_id, lead_id
            ), lead AS (
                UPDATE leads l SET status = 'bounced', updated = @now
                FROM ended e WHERE @status = 'bounced' AND l.id = e.lead_id AND l.tenant_id = e.tenant_id
                RETURNING l.id
            )
            UPDATE campaign_leads o SET status = 'bounced', stop_reason = @reason, next_send_at = NULL, updated = @now
            FROM lead WHERE o.lead_id = lead.id AND o.id <> @id AND o.status IN ('active', 'paused')
            """, cancellationToken, Args(enrollmentId, leaseId, now).With("email", emailId).With("status", status).With("reason", stopReason)
                .With("log", logStatus).With("reply", reply).With("code", (object?)smtpStatus ?? DBNull.Value));

    /// <summary>
    /// Nothing was handed over (the account failed, the connection broke before DATA, or the e-mail was stopped): the
    /// attempt does not count, the account's and the campaign's reserved sends are given back, and the e-mail may be
    /// claimed again after <see cref="RetryAfterReleaseSeconds"/> (never in a tight loop). An attempt that reached DATA
    /// is never released: its lease runs out and the take-over records it unknown (ADR 0030).
    /// </summary>
    public Task<bool> ReleaseAsync(Guid enrollmentId, Guid leaseId, Guid emailId, Guid? accountId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(GiveBackSql("""
            UPDATE campaign_leads
            SET lease_id = NULL, lease_until = NULL, attempt_data_at = NULL, attempts = GREATEST(attempts - 1, 0), last_error = @reason,
                next_send_at = GREATEST(next_send_at, @retry),
                log_email_id = @email, log_status = 'not_sent', log_reply = @reason, log_smtp_status = NULL, log_sent_at = NULL, log_at = @now, updated = @now
            WHERE id = @id AND lease_id = @lease AND attempt_data_at IS NULL
            RETURNING tenant_id, campaign_id, last_sent_at IS NULL AS was_first
            """), cancellationToken, Args(enrollmentId, leaseId, now).With("email", emailId).With("reason", reason)
                .With("account", (object?)accountId ?? DBNull.Value).With("today", DateOnly.FromDateTime(now.UtcDateTime))
                .With("retry", now.AddSeconds(RetryAfterReleaseSeconds)));

    /// <summary>A claim whose content could not be logged goes back untouched (no attempt, no send counted), for a later round.</summary>
    public Task<bool> UnclaimAsync(ClaimedEmail email, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(GiveBackSql("""
            UPDATE campaign_leads SET lease_id = NULL, lease_until = NULL, attempts = GREATEST(attempts - 1, 0),
                next_send_at = GREATEST(next_send_at, @retry), updated = @now
            WHERE id = @id AND lease_id = @lease
            RETURNING tenant_id, campaign_id, last_sent_at IS NULL AS was_first
            """), cancellationToken, Args(email.EnrollmentId, email.LeaseId, now).With("account", email.AccountId)
                .With("today", DateOnly.FromDateTime(now.UtcDateTime)).With("retry", now.AddSeconds(RetryAfterReleaseSeconds)));

    public const int RetryAfterReleaseSeconds = 60;

    private static string GiveBackSql(string releaseEnrollment) => $"""
        WITH released AS ({releaseEnrollment}
        ), campaign AS (
            UPDATE campaigns c
            SET sent_today = GREATEST(c.sent_today - 1, 0),
                new_leads_today = CASE WHEN r.was_first THEN GREATEST(c.new_leads_today - 1, 0) ELSE c.new_leads_today END
            FROM released r
            WHERE c.id = r.campaign_id AND c.counted_on = (@now AT TIME ZONE c.schedule_timezone)::date
            RETURNING 1
        ), usage AS (
            UPDATE sending_usage u SET sent = GREATEST(u.sent - 1, 0)
            FROM released r WHERE u.tenant_id = r.tenant_id AND u.month = date_trunc('month', @now AT TIME ZONE 'UTC')::date
            RETURNING 1
        )
        UPDATE email_accounts SET daily_count = GREATEST(daily_count - 1, 0)
        WHERE id = @account AND daily_count_on = @today AND EXISTS (SELECT 1 FROM released)
        """;

    /// <summary>
    /// Takes over, under a new lease, enrollments whose lease expired (a worker died or lost the database) and
    /// enrollments due at a wait or condition step of a sending campaign.
    /// </summary>
    public async Task<IReadOnlyList<TakenEnrollment>> TakeOverAsync(DateTimeOffset now, int limit, int leaseSeconds, CancellationToken cancellationToken)
    {
        await using var command = platform.CreateCommand("""
            WITH expired AS MATERIALIZED (
                SELECT id FROM campaign_leads WHERE lease_until < @now ORDER BY lease_until LIMIT @limit FOR UPDATE SKIP LOCKED
            ), waiting AS MATERIALIZED (
                -- The sending campaigns that have wait or condition steps, with those steps.
                SELECT c.id, st.steps FROM campaigns c
                CROSS JOIN LATERAL (SELECT array_agg(s.step_order) AS steps FROM campaign_sequence_steps s
                                    WHERE s.campaign_id = c.id AND s.step_type <> 'email') st
                WHERE c.status = 'sending' AND st.steps IS NOT NULL
            ), at_steps AS MATERIALIZED (
                -- Each campaign's due rows through its two due indexes, read without locks (as the claim does).
                SELECT w.row_id FROM waiting e CROSS JOIN LATERAL (
                    (SELECT cl.ctid AS row_id FROM campaign_leads cl
                     WHERE cl.campaign_id = e.id AND cl.status = 'active' AND cl.last_sent_at IS NOT NULL AND cl.next_send_at <= @now
                       AND cl.current_step = ANY (e.steps) AND cl.lease_until IS NULL
                     LIMIT @limit)
                    UNION ALL
                    (SELECT cl.ctid FROM campaign_leads cl
                     WHERE cl.campaign_id = e.id AND cl.status = 'active' AND cl.last_sent_at IS NULL AND cl.next_send_at <= @now
                       AND cl.current_step = ANY (e.steps) AND cl.lease_until IS NULL
                     LIMIT @limit)) w
                LIMIT @limit
            ), steps AS MATERIALIZED (
                -- Locked and re-checked as they are now, the step included.
                SELECT cl.id FROM campaign_leads cl
                JOIN campaign_sequence_steps s ON s.campaign_id = cl.campaign_id AND s.step_order = cl.current_step AND s.step_type <> 'email'
                WHERE cl.ctid = ANY (ARRAY(SELECT row_id FROM at_steps))
                  AND cl.status = 'active' AND cl.next_send_at <= @now AND cl.lease_until IS NULL
                FOR UPDATE OF cl SKIP LOCKED
            )
            UPDATE campaign_leads cl
            SET lease_id = gen_random_uuid(), lease_until = @now + make_interval(secs => @lease)
            WHERE cl.id IN (SELECT id FROM expired UNION SELECT id FROM steps)
            RETURNING cl.id, cl.lease_id, cl.campaign_id, cl.current_step, COALESCE(cl.next_send_at, @now), cl.attempt_email_id, cl.attempt_message_id,
                      cl.attempt_data_at IS NOT NULL, cl.email_account_id, cl.thread_message_id,
                      cl.replied_at IS NOT NULL, cl.opened_at IS NOT NULL, cl.clicked_at IS NOT NULL
            """);
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("lease", leaseSeconds);
        var taken = new List<TakenEnrollment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            taken.Add(new TakenEnrollment(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetGuid(5), Text(reader, 6), reader.GetBoolean(7), reader.IsDBNull(8) ? null : reader.GetGuid(8),
                Text(reader, 9), new LeadSignals(reader.GetBoolean(10), reader.GetBoolean(11), reader.GetBoolean(12))));
        }

        return taken;
    }

    /// <summary>Moves an enrollment taken over at a wait or condition step to its next position (or ends it).</summary>
    public Task<bool> MoveAsync(Guid enrollmentId, Guid leaseId, StepPosition next, string? stopReason, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            UPDATE campaign_leads
            SET lease_id = NULL, lease_until = NULL, current_step = @step,
                next_send_at = CASE WHEN @done THEN NULL ELSE @due END,
                status = CASE WHEN @done AND status = 'active' THEN 'completed' ELSE status END,
                stop_reason = COALESCE(@reason, stop_reason), updated = @now
            WHERE id = @id AND lease_id = @lease
            """, cancellationToken, Args(enrollmentId, leaseId, now).With("step", next.Step).With("done", next.Completed).With("due", next.DueAt)
                .With("reason", (object?)stopReason ?? DBNull.Value));

    /// <summary>The active steps of these campaigns, in order, for the sequence walk.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PlannedStep>>> StepsAsync(IEnumerable<Guid> campaignIds, CancellationToken cancellationToken)
    {
        await using var command = platform.CreateCommand("""
            SELECT campaign_id, step_order, step_type, wait_duration_hours, wait_until_date, condition_type
            FROM campaign_sequence_steps WHERE campaign_id = ANY(@ids) AND is_active IS NOT FALSE ORDER BY campaign_id, step_order
            """);
        command.Parameters.AddWithValue("ids", campaignIds.Distinct().ToArray());
        var steps = new Dictionary<Guid, List<PlannedStep>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var campaign = reader.GetGuid(0);
            if (!steps.TryGetValue(campaign, out var list))
            {
                steps[campaign] = list = [];
            }

            list.Add(new PlannedStep(reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), Text(reader, 5)));
        }

        return steps.ToDictionary(p => p.Key, p => (IReadOnlyList<PlannedStep>)p.Value);
    }

    /// <summary>Outcomes waiting in log slots, oldest first, to be copied to the Content Database.</summary>
    public async Task<IReadOnlyList<LoggedOutcome>> LogSlotsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = platform.CreateCommand("""
            SELECT id, log_email_id, log_status, log_reply, log_smtp_status, log_sent_at, log_at
            FROM campaign_leads WHERE log_email_id IS NOT NULL ORDER BY log_at LIMIT @limit
            """);
        command.Parameters.AddWithValue("limit", limit);
        var slots = new List<LoggedOutcome>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            slots.Add(new LoggedOutcome(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), Text(reader, 3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return slots;
    }

    /// <summary>Empties the slots that were copied (only if they still hold what was copied).</summary>
    public async Task ClearLogSlotsAsync(IReadOnlyList<LoggedOutcome> copied, CancellationToken cancellationToken)
    {
        await using var command = platform.CreateCommand("""
            UPDATE campaign_leads cl
            SET log_email_id = NULL, log_status = NULL, log_reply = NULL, log_smtp_status = NULL, log_sent_at = NULL, log_at = NULL
            FROM unnest(@ids, @emails, @at) AS u(id, email, at)
            WHERE cl.id = u.id AND cl.log_email_id = u.email AND cl.log_at = u.at
            """);
        command.Parameters.AddWithValue("ids", copied.Select(c => c.EnrollmentId).ToArray());
        command.Parameters.AddWithValue("emails", copied.Select(c => c.EmailId).ToArray());
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = copied.Select(c => c.At).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A sending campaign with leads, none of them active or paused any more, is complete.</summary>
    public async Task<int> CompleteFinishedCampaignsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = platform.CreateCommand("""
            UPDATE campaigns c SET status = 'completed', completed = @now, updated = @now
            WHERE c.status = 'sending'
              AND EXISTS (SELECT 1 FROM campaign_leads cl WHERE cl.campaign_id = c.id)
              AND NOT EXISTS (SELECT 1 FROM campaign_leads cl WHERE cl.campaign_id = c.id AND cl.status IN ('active', 'paused'))
            """);
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<bool> ExecuteAsync(string sql, CancellationToken cancellationToken, Dictionary<string, object> args)
    {
        await using var command = platform.CreateCommand(sql);
        foreach (var (name, value) in args)
        {
            command.Parameters.Add(value is DateTimeOffset
                ? new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = value }
                : new NpgsqlParameter(name, value));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static Dictionary<string, object> Args(Guid enrollmentId, Guid leaseId, DateTimeOffset now) =>
        new() { ["id"] = enrollmentId, ["lease"] = leaseId, ["now"] = now };

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

internal static class SqlArgs
{
    public static Dictionary<string, object> With(this Dictionary<string, object> args, string name, object value)
    {
        args[name] = value;
        return args;
    }
}
