using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Campaigns.Infrastructure.Persistence;

namespace PenguinMails.Campaigns.Infrastructure.Enrollments;

/// <summary>
/// Adds and stops leads in sets, on the command's transaction: one statement classifies every lead asked for
/// (unsubscribed, bounced, suppressed, already in the campaign, to add), inserts the ones to add and counts each fate.
/// A lead added by a concurrent call between the check and the insert is counted as already in the campaign.
/// </summary>
internal sealed class EnrollmentWriter(CampaignsDbContext context, ICurrentTenant tenant) : IEnrollmentWriter
{
    // The leads asked for, by id (an index look-up per id) or by filter (the tenant's leads narrowed).
    private const string ByIds = """
        SELECT l.id, l.email, l.status FROM unnest(@ids) AS asked(id) JOIN leads l ON l.id = asked.id AND l.tenant_id = @tenant
        """;

    private const string ByFilter = """
        SELECT l.id, l.email, l.status FROM leads l
        WHERE l.tenant_id = @tenant
          AND (@status::text IS NULL OR l.status = @status)
          AND (@pattern::text IS NULL OR l.email LIKE @pattern OR lower(l.name) LIKE @pattern OR lower(l.company) LIKE @pattern)
        """;

    private const string Enroll = """
        WITH wanted AS ({0}),
        classified AS (
            SELECT w.id,
                   CASE WHEN w.status = @unsubscribed THEN @unsubscribed
                        WHEN w.status = @bounced THEN @bounced
                        WHEN EXISTS (SELECT 1 FROM suppressions s
                                     WHERE s.tenant_id = @tenant AND s.value IN (w.email, split_part(w.email, '@', 2))) THEN 'suppressed'
                        WHEN EXISTS (SELECT 1 FROM campaign_leads e WHERE e.campaign_id = @campaign AND e.lead_id = w.id) THEN 'already'
                        ELSE 'add' END AS fate
            FROM wanted w
        ), added AS (
            INSERT INTO campaign_leads (id, tenant_id, campaign_id, lead_id, status, current_step, next_send_at, created, updated)
            SELECT gen_random_uuid(), @tenant, @campaign, c.id, @active, 1, @now, @now, @now
            FROM classified c WHERE c.fate = 'add'
            ORDER BY c.id
            ON CONFLICT (campaign_id, lead_id) DO NOTHING
            RETURNING 1
        )
        SELECT (SELECT count(*)::int FROM added),
               count(*) FILTER (WHERE fate IN ('already', 'add'))::int - (SELECT count(*)::int FROM added),
               count(*) FILTER (WHERE fate = @unsubscribed)::int,
               count(*) FILTER (WHERE fate = @bounced)::int,
               count(*) FILTER (WHERE fate = 'suppressed')::int,
               count(*)::int
        FROM classified
        """;

    public async Task<EnrollmentCounts> EnrollAsync(Guid campaignId, LeadSelection selection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(string.Format(Enroll, selection.Ids is null ? ByFilter : ByIds), context.UnitOfWorkConnection()) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("tenant", tenant.RequireTenantId());
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("active", EnrollmentStatus.Active.Name);
        command.Parameters.AddWithValue("unsubscribed", LeadStatus.Unsubscribed.Name);
        command.Parameters.AddWithValue("bounced", LeadStatus.Bounced.Name);
        if (selection.Ids is { } ids)
        {
            command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids.ToArray() });
        }
        else
        {
            command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)selection.Status?.Name ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("pattern", NpgsqlDbType.Text) { Value = (object?)selection.Pattern ?? DBNull.Value });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var found = reader.GetInt32(5);
        return new EnrollmentCounts(
            reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
            selection.Ids is { Count: var asked } ? asked - found : 0);
    }

    public async Task<int> StopCoveredAsync(Suppression suppression, EnrollmentStatus status, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE campaign_leads e
            SET status = @status, stop_reason = @reason, next_send_at = NULL, updated = @now
            FROM leads l
            WHERE l.id = e.lead_id AND l.tenant_id = @tenant AND e.tenant_id = @tenant
              AND e.status IN (@active, @paused)
              AND CASE WHEN @domain THEN split_part(l.email, '@', 2) = @value ELSE l.email = @value END
            """, context.UnitOfWorkConnection()) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("tenant", suppression.TenantId);
        command.Parameters.AddWithValue("value", suppression.Value);
        command.Parameters.AddWithValue("domain", suppression.Kind == SuppressionKind.Domain);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("status", status.Name);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("active", EnrollmentStatus.Active.Name);
        command.Parameters.AddWithValue("paused", EnrollmentStatus.Paused.Name);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
