using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Leads.ImportLeads;
using PenguinMails.Campaigns.Infrastructure.Persistence;

namespace PenguinMails.Campaigns.Infrastructure.Import;

/// <summary>
/// COPY into a transaction-scoped staging table as rows arrive, then a few set-based statements: classify
/// each row (first occurrence of an address, already a lead, within the plan's allowance), insert and update in one
/// statement, and read the counts and the first problems. Runs on the command's transaction: all or nothing.
/// </summary>
internal sealed class LeadImporter(CampaignsDbContext context, ICurrentTenant tenant) : ILeadImporter
{
    public async Task<LeadImportCounts> ImportAsync(IAsyncEnumerable<LeadImportRow> rows, bool updateExisting, int? newLeadAllowance, int maxProblems, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("An import needs a current tenant.");
        var connection = context.UnitOfWorkConnection();

        await ExecuteAsync(connection, """
            CREATE TEMP TABLE lead_import (
                row_no integer NOT NULL, id uuid NOT NULL, email text COLLATE "C" NOT NULL, name text, company text, status text,
                first_name text, last_name text, custom_fields jsonb
            ) ON COMMIT DROP
            """, cancellationToken);
        await CopyAsync(connection, rows, cancellationToken);
        // Each row's fate: a later occurrence of an address is a duplicate; an address not yet a lead is new, and
        // new ones past the allowance (in file order) are over the limit.
        await ExecuteAsync(connection, """
            CREATE TEMP TABLE lead_import_fate (
                row_no integer NOT NULL, id uuid NOT NULL, email text COLLATE "C" NOT NULL, name text, company text, status text,
                first_name text, last_name text, custom_fields jsonb, first_row integer NOT NULL, fate text NOT NULL
            ) ON COMMIT DROP
            """, cancellationToken);
        await ExecuteAsync(connection, """
            INSERT INTO lead_import_fate
            WITH firsts AS (
                SELECT i.*, min(i.row_no) OVER (PARTITION BY i.email) AS first_row
                FROM lead_import i
            ), known AS (
                SELECT f.*, EXISTS (SELECT 1 FROM leads l WHERE l.tenant_id = @tenant AND l.email = f.email) AS known
                FROM firsts f
            )
            SELECT k.row_no, k.id, k.email, k.name, k.company, k.status, k.first_name, k.last_name, k.custom_fields, k.first_row,
                   CASE WHEN k.row_no <> k.first_row THEN 'duplicate'
                        WHEN k.known THEN CASE WHEN @update THEN 'update' ELSE 'existing' END
                        WHEN @allowance IS NOT NULL
                             AND row_number() OVER (PARTITION BY (k.row_no = k.first_row AND NOT k.known) ORDER BY k.row_no) > @allowance THEN 'over_limit'
                        ELSE 'insert' END AS fate
            FROM known k
            """, cancellationToken,
            new NpgsqlParameter<Guid>("tenant", tenantId),
            new NpgsqlParameter<bool>("update", updateExisting),
            new NpgsqlParameter("allowance", NpgsqlDbType.Integer) { Value = (object?)newLeadAllowance ?? DBNull.Value });

        var (inserted, updated) = await UpsertAsync(connection, tenantId, cancellationToken);
        var skipped = await ScalarAsync(connection, "SELECT count(*)::int FROM lead_import_fate WHERE fate IN ('duplicate', 'existing', 'over_limit')", cancellationToken);
        var problems = await ProblemsAsync(connection, maxProblems, cancellationToken);
        return new LeadImportCounts(inserted, updated, skipped, problems);
    }

    private static async Task<(int Inserted, int Updated)> UpsertAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken cancellationToken)
    {
        // Inserts and updates in one statement; inserts in address order, so the unique index fills in sequence. An
        // unsubscribed or bounced lead keeps that status; a field the file leaves empty keeps its value, and the file's
        // custom fields are added to the lead's. A lead without a name is named from its first and last names. Every
        // known address counts as updated (it now matches the file), but only rows whose values differ are written.
        await using var command = new NpgsqlCommand("""
            WITH inserted AS (
                INSERT INTO leads (id, tenant_id, email, name, first_name, last_name, company, custom_fields, status, updated)
                SELECT id, @tenant, email, COALESCE(name, NULLIF(concat_ws(' ', first_name, last_name), '')), first_name, last_name, company,
                       COALESCE(custom_fields, '{}'), COALESCE(status, 'active'), now()
                FROM lead_import_fate WHERE fate = 'insert'
                ORDER BY email
                RETURNING 1
            ), changes AS (
                SELECT f.email, COALESCE(f.name, l.name, NULLIF(concat_ws(' ', COALESCE(f.first_name, l.first_name), COALESCE(f.last_name, l.last_name)), '')) AS name,
                       COALESCE(f.first_name, l.first_name) AS first_name, COALESCE(f.last_name, l.last_name) AS last_name,
                       COALESCE(f.company, l.company) AS company, l.custom_fields || COALESCE(f.custom_fields, '{}') AS custom_fields,
                       CASE WHEN l.status IN ('unsubscribed', 'bounced') THEN l.status ELSE COALESCE(f.status, l.status) END AS status
                FROM lead_import_fate f JOIN leads l ON l.tenant_id = @tenant AND l.email = f.email
                WHERE f.fate = 'update'
            ), written AS (
                UPDATE leads l SET name = c.name, first_name = c.first_name, last_name = c.last_name, company = c.company,
                                   custom_fields = c.custom_fields, status = c.status, updated = now()
                FROM changes c
                WHERE l.tenant_id = @tenant AND l.email = c.email
                  AND (l.name, l.first_name, l.last_name, l.company, l.custom_fields, l.status)
                      IS DISTINCT FROM (c.name, c.first_name, c.last_name, c.company, c.custom_fields, c.status)
            )
            SELECT (SELECT count(*)::int FROM inserted), (SELECT count(*)::int FROM changes)
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static async Task<IReadOnlyList<(int Row, string Reason, string Email)>> ProblemsAsync(NpgsqlConnection connection, int maxProblems, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT row_no, CASE fate WHEN 'duplicate' THEN 'duplicate in the file (first on row ' || first_row || ')'
                                     WHEN 'existing' THEN 'already a lead; skipped (onExisting=skip)'
                                     ELSE 'over the plan''s contact limit' END, email
            FROM lead_import_fate WHERE fate IN ('duplicate', 'existing', 'over_limit')
            ORDER BY row_no LIMIT @max
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("max", maxProblems);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var problems = new List<(int, string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            problems.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        return problems;
    }

    /// <summary>
    /// COPY in text format, written in chunks: one await per chunk rather than one per field keeps the stream from the
    /// request body to PostgreSQL cheap per row.
    /// </summary>
    private static async Task CopyAsync(NpgsqlConnection connection, IAsyncEnumerable<LeadImportRow> rows, CancellationToken cancellationToken)
    {
        const int ChunkChars = 256 * 1024;
        await using var copy = await connection.BeginTextImportAsync("COPY lead_import (row_no, id, email, name, company, status, first_name, last_name, custom_fields) FROM STDIN", cancellationToken);
        var chunk = new StringBuilder(ChunkChars + 4096);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            // Time-ordered ids keep the primary key's inserts at its right edge.
            chunk.Append(row.Row).Append('\t').Append(Guid.CreateVersion7()).Append('\t');
            AppendField(chunk, row.Email).Append('\t');
            AppendField(chunk, row.Name).Append('\t');
            AppendField(chunk, row.Company).Append('\t');
            AppendField(chunk, row.Status).Append('\t');
            AppendField(chunk, row.FirstName).Append('\t');
            AppendField(chunk, row.LastName).Append('\t');
            AppendField(chunk, row.CustomFields is null ? null : JsonSerializer.Serialize(row.CustomFields)).Append('\n');
            if (chunk.Length >= ChunkChars)
            {
                await copy.WriteAsync(chunk, cancellationToken);
                chunk.Clear();
            }
        }

        await copy.WriteAsync(chunk, cancellationToken);
    }

    /// <summary>A value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped.</summary>
    private static StringBuilder AppendField(StringBuilder chunk, string? value)
    {
        if (value is null)
        {
            return chunk.Append("\\N");
        }

        if (value.AsSpan().IndexOfAny("\\\t\n\r") < 0)
        {
            return chunk.Append(value);
        }

        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => chunk.Append("\\\\"),
                '\t' => chunk.Append("\\t"),
                '\n' => chunk.Append("\\n"),
                '\r' => chunk.Append("\\r"),
                _ => chunk.Append(c),
            };
        }

        return chunk;
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // A large import's statements take as long as they take; the request's cancellation bounds them instead.
    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddRange(parameters);

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
