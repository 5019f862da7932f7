using System.Diagnostics;
using System.Net;
using Npgsql;
using PenguinMails.Campaigns.Infrastructure.Sending;
using PenguinMails.MailSandbox;

namespace PenguinMails.Benchmarks;

/// <summary>
/// The sending engine's claim statement (SendQueue.ClaimSql, as the platform role, in a transaction rolled back so
/// every run claims the same work) with 10,000 enrollments in the table, then with 1,000,000: the measured tenant's
/// started campaign of 10,000 due leads over 16 accounts, and then 990,000 enrollments of the other tenants' leads in
/// their campaigns, sending as a platform mid-campaign holds them (two thirds waiting for a later step, one third finished).
/// </summary>
internal static class ClaimBenchmark
{
    private const int Due = 10_000;
    private const int Total = 1_000_000;
    private const int Runs = 60;

    public static async Task MeasureAsync(BenchDatabase database, Paths paths, Report report)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await using var records = NpgsqlDataSource.Create(database.As("penguinmails_platform"));
        await using var dns = new SandboxDnsServer(new IPEndPoint(IPAddress.Loopback, 0), new PublishedRecords(records), upstream: null, TextWriter.Null);
        SendingBenchmark.BenchCampaign? campaign = null;
        try
        {
            // The engine is off in this API process: the statement is run here, not by a round.
            await using (var api = await ApiServer.StartAsync(database, paths, 55493, new Dictionary<string, string>
            {
                ["Deliverability__NameServers__0"] = dns.Endpoint.ToString(),
                ["Sending__PollIntervalMilliseconds"] = "0",
            }))
            {
                using var http = await SendingBenchmark.SignedInClientAsync(database, api);
                campaign = await SendingBenchmark.BuildCampaignAsync(http, run, smtpPort: 2525, emails: Due);
                await SendingBenchmark.Call(http, HttpMethod.Post, $"/api/v1/campaigns/{campaign.Id}/schedule", new { scheduled = DateTimeOffset.UtcNow.AddMinutes(10) });
                await SendingBenchmark.Call(http, HttpMethod.Post, $"/api/v1/campaigns/{campaign.Id}/start");
            }

            await VacuumAsync(database); // both states measured vacuumed and with fresh statistics, as autovacuum keeps them
            var small = await MedianClaimAsync(database);
            var filled = await FillAsync(database, campaign.Id, Total - await CountAsync(database));
            var large = await MedianClaimAsync(database);
            var total = filled + Due;
            Console.WriteLine($"  claim: {large.Ms:F2} ms with {total:N0} enrollments vs {small.Ms:F2} ms with {Due:N0} ({small.Claimed} e-mails a claim)");
            report.Add($"Claim: the engine's claim statement ({small.Claimed} e-mails from 16 accounts) with {total:N0} enrollments in the table vs {Due:N0} (median ms)",
                Math.Round(large.Ms, 2), Math.Round(small.Ms, 2), "≤ 1.2", lowerIsBetter: true);
        }
        finally
        {
            await EmptyAsync(database);
            if (campaign is not null)
            {
                await SendingBenchmark.CleanUpAsync(database, campaign);
            }
        }
    }

    private sealed record ClaimFigure(double Ms, int Claimed);

    private static async Task<ClaimFigure> MedianClaimAsync(BenchDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.As("penguinmails_platform"));
        await connection.OpenAsync();
        var times = new List<double>();
        var claimed = 0;
        for (var i = 0; i < Runs + 5; i++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand(SendQueue.ClaimSql, connection, transaction);
            SendQueue.AddClaimParameters(command, DateTimeOffset.UtcNow, accounts: 64, perUngappedAccount: 10, leaseSeconds: 300, platformCap: 50);
            var clock = Stopwatch.StartNew();
            var rows = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }

            var elapsed = clock.Elapsed.TotalMilliseconds;
            await transaction.RollbackAsync();
            if (i >= 5)
            {
                times.Add(elapsed);
                claimed = rows;
            }
        }

        times.Sort();
        return new ClaimFigure(times[times.Count / 2], claimed);
    }

    private static async Task<long> CountAsync(BenchDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.Super);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM campaign_leads", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Other tenants' leads enrolled in one campaign of theirs each, as the superuser, in one statement.</summary>
    private static async Task<long> FillAsync(BenchDatabase database, Guid measured, long rows)
    {
        await using var connection = new NpgsqlConnection(database.Super);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH first_campaign AS (
                SELECT DISTINCT ON (tenant_id) tenant_id, id FROM campaigns
                WHERE tenant_id <> (SELECT tenant_id FROM campaigns WHERE id = @measured) ORDER BY tenant_id, id
            ), picked AS (
                SELECT l.tenant_id, l.id, row_number() OVER () AS n FROM leads l JOIN first_campaign f ON f.tenant_id = l.tenant_id LIMIT @rows
            )
            INSERT INTO campaign_leads (id, tenant_id, campaign_id, lead_id, status, current_step, next_send_at, last_sent_at, stop_reason)
            SELECT gen_random_uuid(), p.tenant_id, f.id, p.id,
                   CASE WHEN p.n % 3 = 0 THEN 'completed' ELSE 'active' END, 2,
                   CASE WHEN p.n % 3 = 0 THEN NULL ELSE now() + make_interval(hours => 1 + (p.n % 72)::int) END,
                   now() - interval '1 day', 'bench-filler'
            FROM picked p JOIN first_campaign f ON f.tenant_id = p.tenant_id
            """, connection) { CommandTimeout = 600 };
        command.Parameters.AddWithValue("measured", measured);
        command.Parameters.AddWithValue("rows", rows);
        var inserted = await command.ExecuteNonQueryAsync();
        await using (var sending = new NpgsqlCommand($"UPDATE campaigns SET status = 'sending' WHERE id IN ({FillerCampaigns}) AND status = 'draft'", connection))
        {
            await sending.ExecuteNonQueryAsync();
        }

        // The first state's rolled-back claims left dead row versions a real claimer would not: the large state starts as clean as the small one.
        await VacuumAsync(database);
        return inserted;
    }

    private const string FillerCampaigns = "SELECT DISTINCT campaign_id FROM campaign_leads WHERE stop_reason = 'bench-filler'";

    private static async Task VacuumAsync(BenchDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.Super);
        await connection.OpenAsync();
        foreach (var table in new[] { "campaign_leads", "campaign_sequence_steps", "campaigns" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 600 };
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    private static async Task EmptyAsync(BenchDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.Super);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"UPDATE campaigns SET status = 'draft' WHERE id IN ({FillerCampaigns}); DELETE FROM campaign_leads WHERE stop_reason = 'bench-filler'", connection)
        {
            CommandTimeout = 600,
        };
        await command.ExecuteNonQueryAsync();
    }
}
