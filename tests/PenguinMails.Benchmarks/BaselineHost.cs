using Npgsql;
using NpgsqlTypes;
using PenguinMails.Api;

namespace PenguinMails.Benchmarks;

/// <summary>
/// The API as it ships, plus baseline routes under <c>/bench/baseline</c> in the same process: each runs the SQL the real
/// handler runs, with the same tenant context (<c>set_app_context</c>, transaction-local), through raw Npgsql on the API
/// role's pool, batched into as few round trips as the logic allows, and writes the same JSON. No caller resolution, rate
/// limit, MediatR, validation or EF: the difference between the two is the cost of the request path.
/// </summary>
internal static class BaselineHost
{
    private const string Context = "CALL set_app_context(@tenant, @user)";
    private const string LeadColumns = "l.id, l.company, l.email, l.name, l.status, l.tenant_id, l.updated";
    private const string CampaignColumns = "c.id, c.company_id, c.completed, c.created, c.description, c.name, c.scheduled, c.status, c.tenant_id, c.updated";
    private const string StepColumns = "c.id, c.campaign_id, c.condition_type, c.condition_value, c.created, c.email_account_id, c.executed_count, "
        + "c.from_name_override, c.is_active, c.last_executed, c.send_condition, c.step_order, c.step_type, c.subject_override, c.template_id, "
        + "c.tenant_id, c.updated, c.wait_duration_hours, c.wait_until_date";

    public static async Task<int> ServeAsync(string[] args)
    {
        var app = PenguinMailsApp.Build(args);
        var baseline = app.MapGroup("/bench/baseline").AllowAnonymous();
        baseline.MapGet("/leads/{id:guid}", GetLeadAsync);
        baseline.MapGet("/leads", ListLeadsAsync);
        baseline.MapPost("/leads", CreateLeadAsync);
        baseline.MapGet("/campaigns/{id:guid}/steps", ListStepsAsync);
        await app.RunAsync();
        return 0;
    }

    private static async Task<IResult> GetLeadAsync(Guid id, HttpContext http, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var batch = Batch(db, http, $"SELECT {LeadColumns} FROM leads AS l WHERE l.tenant_id = @tenant AND l.id = @id LIMIT 2");
        batch.BatchCommands[1].Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Results.Ok(Lead(reader)) : Results.NotFound();
    }

    private static async Task<IResult> ListLeadsAsync(int? limit, HttpContext http, NpgsqlDataSource db, CancellationToken ct)
    {
        var size = limit ?? 50;
        await using var batch = Batch(db, http, $"SELECT {LeadColumns} FROM leads AS l WHERE l.tenant_id = @tenant ORDER BY l.email LIMIT @p");
        batch.BatchCommands[1].Parameters.Add(new NpgsqlParameter("p", NpgsqlDbType.Integer) { Value = size + 1 });
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var items = new List<object>(size + 1);
        while (await reader.ReadAsync(ct))
        {
            items.Add(Lead(reader));
        }

        return Results.Ok(new { items = items.Take(size), nextCursor = items.Count > size ? "more" : null });
    }

    /// <summary>The create handler's statements: duplicate check, plan and add-ons, the contact count, the insert; two round trips.</summary>
    private static async Task<IResult> CreateLeadAsync(LeadBody body, HttpContext http, NpgsqlDataSource db, CancellationToken ct)
    {
        var (tenant, user) = Caller(http);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var email = body.Email.Trim().ToLowerInvariant();
        await using (var checks = new NpgsqlBatch(connection, transaction))
        {
            Add(checks, Context, tenant, user);
            Add(checks, "SELECT pg_advisory_xact_lock(hashtext(@tenant::text), hashtext('contacts'))", tenant, user);
            Add(checks, "SELECT EXISTS (SELECT 1 FROM leads AS l WHERE l.tenant_id = @tenant AND l.email = @email)", tenant, user, ("email", email));
            Add(checks, """
                SELECT p.max_contacts, coalesce((SELECT sum(a.quantity) FROM subscription_addons a WHERE a.tenant_id = @tenant AND a.subscription_id = s.id AND a.is_active), 0)
                FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE s.tenant_id = @tenant AND (s.status <> 'canceled' OR s.status IS NULL) LIMIT 2
                """, tenant, user);
            Add(checks, "SELECT count(*)::int FROM leads AS l WHERE l.tenant_id = @tenant", tenant, user);
            await using var reader = await checks.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            if (reader.GetBoolean(0))
            {
                return Results.Conflict();
            }

            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            var max = reader.IsDBNull(0) ? int.MaxValue : reader.GetInt32(0);
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            if (reader.GetInt32(0) >= max)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }

        var id = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO leads (id, company, email, name, status, tenant_id, updated) VALUES (@id, @company, @email, @name, 'active', @tenant, @now)", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
            insert.Parameters.Add(new NpgsqlParameter("company", NpgsqlDbType.Varchar) { Value = (object?)body.Company ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("email", NpgsqlDbType.Varchar) { Value = email });
            insert.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Varchar) { Value = (object?)body.Name ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = tenant });
            insert.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return Results.Created($"/api/v1/leads/{id}", new { id, email, name = body.Name, company = body.Company, status = "active", updated = now });
    }

    private static async Task<IResult> ListStepsAsync(Guid id, HttpContext http, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var batch = Batch(db, http,
            $"SELECT {CampaignColumns} FROM campaigns AS c WHERE c.tenant_id = @tenant AND c.id = @id LIMIT 2",
            $"SELECT {StepColumns} FROM campaign_sequence_steps AS c WHERE c.tenant_id = @tenant AND c.campaign_id = @id ORDER BY c.step_order");
        for (var statement = 1; statement < batch.BatchCommands.Count; statement++)
        {
            batch.BatchCommands[statement].Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return Results.NotFound();
        }

        await reader.NextResultAsync(ct);
        var steps = new List<object>();
        while (await reader.ReadAsync(ct))
        {
            steps.Add(new
            {
                id = reader.GetGuid(0), campaignId = reader.GetGuid(1), stepOrder = reader.GetInt32(11), stepType = reader.GetString(12),
                waitDurationHours = reader.IsDBNull(17) ? (int?)null : reader.GetInt32(17), isActive = reader.GetBoolean(8),
                executedCount = reader.GetInt32(6), created = reader.GetFieldValue<DateTimeOffset>(4), updated = reader.GetFieldValue<DateTimeOffset>(16),
            });
        }

        return Results.Ok(steps);
    }

    /// <summary>The tenant context and the statements, one batch: one round trip in an implicit transaction, as the API's queries.</summary>
    private static NpgsqlBatch Batch(NpgsqlDataSource db, HttpContext http, params string[] statements)
    {
        var (tenant, user) = Caller(http);
        var batch = db.CreateBatch();
        Add(batch, Context, tenant, user);
        foreach (var statement in statements)
        {
            Add(batch, statement, tenant, user);
        }

        return batch;
    }

    private static void Add(NpgsqlBatch batch, string sql, Guid tenant, Guid user, params (string Name, string Value)[] text)
    {
        var command = new NpgsqlBatchCommand(sql);
        if (sql.Contains("@tenant", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = tenant });
        }

        if (sql.Contains("@user", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Uuid) { Value = user });
        }

        foreach (var (name, value) in text)
        {
            command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Varchar) { Value = value });
        }

        batch.BatchCommands.Add(command);
    }

    private static (Guid Tenant, Guid User) Caller(HttpContext http) =>
        (Guid.Parse(http.Request.Headers["X-Tenant-Id"].ToString()), Guid.Parse(http.Request.Headers["X-User-Id"].ToString()));

    private static object Lead(NpgsqlDataReader r) => new
    {
        id = r.GetGuid(0), email = r.GetString(2), name = r.IsDBNull(3) ? null : r.GetString(3), company = r.IsDBNull(1) ? null : r.GetString(1),
        status = r.GetString(4), updated = r.IsDBNull(6) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(6),
    };

    private sealed record LeadBody(string Email, string? Name = null, string? Company = null);
}
