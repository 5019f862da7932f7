using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Infrastructure.Sending;
using PenguinMails.IntegrationTests.Infrastructure;
using PenguinMails.IntegrationTests.Mail;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Sending;

/// <summary>
/// The API as a real process (the built PenguinMails.Api.dll) sending a campaign, killed mid-batch; an in-process host
/// then finishes the work. No lead gets an e-mail twice, and every lead got it or has it recorded <c>unknown</c>.
/// </summary>
public sealed class SendingCrashTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Leads = 40;

    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_process_killed_mid_batch_loses_nothing_and_duplicates_nothing()
    {
        await using var smtp = new SmtpSandbox();
        var (client, campaign) = await CampaignAsync(smtp);
        using var worker = StartWorker();
        var killedAfter = 0;
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (smtp.Messages.Count < 8 && DateTime.UtcNow < deadline && !worker.HasExited)
            {
                await Task.Delay(5);
            }

            killedAfter = smtp.Messages.Count;
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }

        Assert.InRange(killedAfter, 8, Leads - 1); // killed mid-campaign, not before it started or after it ended
        // Its leases run out (as they would after Sending:LeaseSeconds); this host then finishes the campaign.
        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET lease_until = now() - interval '1 second' WHERE lease_until IS NOT NULL AND campaign_id = '{campaign}'");
        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET next_send_at = now() WHERE status = 'active' AND campaign_id = '{campaign}'");
        var engine = api.Factory.Services.GetRequiredService<SendingEngine>();
        await engine.RunUntilIdleAsync(CancellationToken.None);
        await api.PlatformExecuteAsync($"UPDATE campaign_leads SET next_send_at = now() WHERE status = 'active' AND campaign_id = '{campaign}'");
        await engine.RunUntilIdleAsync(CancellationToken.None);

        var received = smtp.Messages.GroupBy(m => m.To.Mailboxes.Single().Address).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(received, r => Assert.Equal(1, r.Value));
        var unknown = await UnknownRecipientsAsync(campaign);
        for (var i = 0; i < Leads; i++)
        {
            var address = $"lead{i}@crash.example";
            Assert.True(received.ContainsKey(address) || unknown.Contains(address), $"{address} got its e-mail or has it recorded unknown");
        }

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{campaign}/leads?limit=200");
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.Equal("completed", e.GetProperty("status").GetString()));
    }

    private Process StartWorker()
    {
        var dll = Path.Combine(BuildScripts.RepositoryRoot, "src", "PenguinMails.Api", "bin", "Release", "net10.0", "PenguinMails.Api.dll");
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0", "--contentRoot", Path.Combine(BuildScripts.RepositoryRoot, "src", "PenguinMails.Api")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ConnectionStrings__Api"] = api.AppConnectionString;
        info.Environment["ConnectionStrings__Platform"] = api.PlatformConnectionString;
        info.Environment["Identity__SigningKey"] = api.Factory.SigningKey;
        info.Environment["Identity__EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        info.Environment["Secrets__MasterKey"] = api.Factory.SecretsMasterKey;
        info.Environment["Sending__PollIntervalMilliseconds"] = "20";
        info.Environment["Sending__BatchSize"] = "4";
        info.Environment["Billing__RollOverIntervalSeconds"] = "86400";
        info.Environment["Deliverability__RecheckPollSeconds"] = "0";
        info.Environment["Deliverability__AllowPrivateMailHosts"] = "true"; // the sandbox listens on loopback
        info.Environment["Observability__Metrics__IntervalSeconds"] = "0";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<(HttpClient Client, Guid Campaign)> CampaignAsync(SmtpSandbox smtp)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var name = $"k{Guid.NewGuid():N}"[..12] + ".com";
        var domainId = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId }))).GetProperty("id").GetGuid();
        await api.PlatformExecuteAsync($"UPDATE domains SET verification_status = 'verified' WHERE id = '{domainId}'");
        var accounts = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            accounts.Add((await ReadAsync(await client.PostAsJsonAsync("/api/v1/email-accounts", new
            {
                domainId, email = $"rep{i}@{name}", password = "unused",
                smtpSettings = new { host = "127.0.0.1", port = smtp.Port, security = "none", username = "sender" }, minGapSeconds = 0, randomGapSeconds = 0,
            }))).GetProperty("id").GetGuid());
        }

        var template = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/templates", new { name = "Intro", subject = "Hello", content = "Hi {{firstName|there}}" }))).GetProperty("id").GetGuid();
        var campaign = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/campaigns", new { companyId, name = "Crash" }))).GetProperty("id").GetGuid();
        var now = DateTimeOffset.UtcNow;
        await ReadAsync(await client.PatchAsJsonAsync($"/api/v1/campaigns/{campaign}", new
        {
            schedule = new { timezone = "UTC", days = new[] { 1, 2, 3, 4, 5, 6, 7 }, start = now.AddHours(-3).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), end = now.AddHours(3).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) },
            emailAccountIds = accounts,
        }));
        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/steps", new { stepType = "email", templateId = template }));
        var csv = "email\n" + string.Concat(Enumerable.Range(0, Leads).Select(i => $"lead{i}@crash.example\n"));
        await ReadAsync(await client.PostAsync("/api/v1/leads/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv")));
        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { filter = new { q = "lead" } }));
        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/schedule", new { scheduled = now.AddDays(1) }));
        await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{campaign}/start", null));
        return (client, campaign);
    }

    private async Task<HashSet<string>> UnknownRecipientsAsync(Guid campaign)
    {
        await using var connection = new NpgsqlConnection(ContentConnections.Derive(api.PlatformConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT to_address FROM email_messages WHERE campaign_id = '{campaign}' AND status = 'unknown'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var unknown = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            unknown.Add(reader.GetString(0));
        }

        return unknown;
    }
}
