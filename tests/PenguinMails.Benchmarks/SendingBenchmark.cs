using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Npgsql;
using PenguinMails.MailSandbox;

namespace PenguinMails.Benchmarks;

/// <summary>
/// The sending engine against a bare MailKit loop, both writing to the same loopback SMTP server (the mail sandbox's,
/// which keeps every message as a file), and the delay from an e-mail's acceptance to its 'sent' row in the Content
/// Database. The campaign is built through the API as a user builds one: a verified .test domain, many accounts.
/// </summary>
internal static class SendingBenchmark
{
    private const int Accounts = 16;
    private const int Emails = 1600;

    public static async Task MeasureAsync(BenchDatabase database, Paths paths, Report report)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var mail = Path.Combine(paths.Work, "mail-" + run);
        var smtpPort = FreePort();
        await using var records = NpgsqlDataSource.Create(database.As("penguinmails_platform"));
        await using var dns = new SandboxDnsServer(new IPEndPoint(IPAddress.Loopback, 0), new PublishedRecords(records), upstream: null, TextWriter.Null);
        await using var smtp = new SandboxSmtpServer(new IPEndPoint(IPAddress.Loopback, smtpPort), mail, TextWriter.Null);
        await using var api = await ApiServer.StartAsync(database, paths, 55492, new Dictionary<string, string>
        {
            ["Deliverability__NameServers__0"] = dns.Endpoint.ToString(),
            ["Sending__PollIntervalMilliseconds"] = "100",
        });
        using var http = await SignedInClientAsync(database, api);

        var campaign = await BuildCampaignAsync(http, run, smtpPort, Emails);
        try
        {
            var engine = await SendAsync(http, campaign, mail, database);
            var bare = await BareLoopAsync(smtpPort, run);
            Console.WriteLine($"  sending: engine {Emails / engine.Seconds:F0}/s, bare MailKit {Emails / bare:F0}/s; 'sent' rows p99 {engine.DelayP99Ms:F0} ms behind, max {engine.DelayMaxMs:F0} ms");
            report.Add($"Sending: {Emails:N0} e-mails from {Accounts} accounts to a loopback SMTP server, engine vs a bare MailKit loop of {Accounts} connections (e-mails/s)",
                Math.Round(Emails / engine.Seconds, 1), Math.Round(Emails / bare, 1), "≥ 0.7", lowerIsBetter: false);
            report.Bound("Message log: an e-mail accepted by the server to its 'sent' row in email_messages (p99 ms)", Math.Round(engine.DelayP99Ms), "< 1,000", engine.DelayP99Ms < 1000);
        }
        finally
        {
            await CleanUpAsync(database, campaign);
            Directory.Delete(mail, recursive: true);
        }
    }

    /// <summary>A client of <paramref name="api"/> signed in as the measured tenant's owner, acting in that tenant.</summary>
    internal static async Task<HttpClient> SignedInClientAsync(BenchDatabase database, ApiServer api)
    {
        var http = new HttpClient { BaseAddress = new Uri(api.Url), Timeout = TimeSpan.FromMinutes(5) };
        var account = await database.SignInAsync(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        http.DefaultRequestHeaders.Add("X-Tenant-Id", account.TenantId.ToString());
        return http;
    }

    internal sealed record BenchCampaign(Guid Id, Guid DomainId, string LeadPrefix);

    private sealed record EngineRun(double Seconds, double DelayP99Ms, double DelayMaxMs);

    /// <summary>A campaign built through the API: a verified .test domain, the accounts, a one-step sequence, <paramref name="emails"/> imported leads enrolled.</summary>
    internal static async Task<BenchCampaign> BuildCampaignAsync(HttpClient http, string run, int smtpPort, int emails)
    {
        var company = (await Call(http, HttpMethod.Get, "/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var domainName = $"bench-{run}.test";
        var domain = (await Call(http, HttpMethod.Post, "/api/v1/domains", new { domain = domainName, companyId = company })).GetProperty("id").GetGuid();
        var verified = await Call(http, HttpMethod.Post, $"/api/v1/domains/{domain}/verify");
        if (verified.GetProperty("verificationStatus").GetString() != "verified")
        {
            throw new InvalidOperationException($"{domainName} did not verify through the sandbox's DNS: {verified}");
        }

        var accounts = new List<Guid>();
        for (var i = 0; i < Accounts; i++)
        {
            accounts.Add((await Call(http, HttpMethod.Post, "/api/v1/email-accounts", new
            {
                domainId = domain, email = $"sender{i}@{domainName}", password = "anything", dailyLimit = emails, minGapSeconds = 0, randomGapSeconds = 0,
                smtpSettings = new { host = "127.0.0.1", port = smtpPort, security = "none", username = $"sender{i}" },
            })).GetProperty("id").GetGuid());
        }

        var template = (await Call(http, HttpMethod.Post, "/api/v1/templates", new
        {
            name = $"Bench {run}", subject = "Hi {{firstName|there}}", content = "Hello {{firstName|there}},\na short note.\nUnsubscribe: {{unsubscribeUrl}}",
        })).GetProperty("id").GetGuid();
        var campaign = (await Call(http, HttpMethod.Post, "/api/v1/campaigns", new { companyId = company, name = $"Bench sending {run}" })).GetProperty("id").GetGuid();
        await Call(http, HttpMethod.Patch, $"/api/v1/campaigns/{campaign}", new
        {
            schedule = new { timezone = "UTC", days = new[] { 1, 2, 3, 4, 5, 6, 7 }, start = "00:00", end = "23:59" },
            emailAccountIds = accounts, dailyLimit = emails, dailyNewLeads = emails,
        });
        await Call(http, HttpMethod.Post, $"/api/v1/campaigns/{campaign}/steps", new { stepType = "email", templateId = template });

        var prefix = $"snd-{run}-";
        var csv = new StringBuilder("email,name,company\n");
        for (var i = 0; i < emails; i++)
        {
            csv.Append(prefix).Append(i).Append("@prospect").Append(i % 50).Append(".test,Lead ").Append(i).Append(",Prospect\n");
        }

        using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
        await http.PostAsync("/api/v1/leads/import", content).EnsureSuccessAsync();
        var enrolled = await Call(http, HttpMethod.Post, $"/api/v1/campaigns/{campaign}/leads", new { filter = new { q = prefix } });
        if (enrolled.GetProperty("added").GetInt32() != emails)
        {
            throw new InvalidOperationException($"the campaign did not take the {emails} leads: {enrolled}");
        }

        return new BenchCampaign(campaign, domain, prefix);
    }

    /// <summary>
    /// Starts the campaign and watches two counters until every e-mail is in: the server's files and the Content
    /// Database's 'sent' rows. The k-th row's delay is when the row count reached k minus when the file count did.
    /// </summary>
    private static async Task<EngineRun> SendAsync(HttpClient http, BenchCampaign campaign, string mail, BenchDatabase database)
    {
        await using var content = new NpgsqlConnection(database.ContentSuper);
        await content.OpenAsync();
        await using var sentRows = new NpgsqlCommand($"SELECT count(*) FROM email_messages WHERE campaign_id = '{campaign.Id}' AND status = 'sent'", content);
        var filesAt = new double[Emails + 1];
        var rowsAt = new double[Emails + 1];
        int files = 0, rows = 0;
        // A draft starts only once it is scheduled; the start itself then begins sending at once.
        await Call(http, HttpMethod.Post, $"/api/v1/campaigns/{campaign.Id}/schedule", new { scheduled = DateTimeOffset.UtcNow.AddMinutes(10) });
        var clock = Stopwatch.StartNew();
        await Call(http, HttpMethod.Post, $"/api/v1/campaigns/{campaign.Id}/start");
        while (rows < Emails || files < Emails)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"after 5 minutes the server holds {files} of the {Emails} e-mails and the log {rows} 'sent' rows");
            }

            var now = clock.Elapsed.TotalMilliseconds;
            var seenFiles = Math.Min(Emails, Directory.Exists(mail) ? Directory.EnumerateFiles(mail, "*.eml").Count() : 0);
            var seenRows = (int)Math.Min(Emails, (long)(await sentRows.ExecuteScalarAsync())!);
            for (; files < seenFiles; files++)
            {
                filesAt[files + 1] = now;
            }

            for (; rows < seenRows; rows++)
            {
                rowsAt[rows + 1] = now;
            }

            await Task.Delay(10);
        }

        var delays = Enumerable.Range(1, Emails).Select(k => Math.Max(0, rowsAt[k] - filesAt[k])).Order().ToArray();
        return new EngineRun(filesAt[Emails] / 1000, delays[(int)(delays.Length * 0.99) - 1], delays[^1]);
    }

    /// <summary>The same number of e-mails through one MailKit connection per account, sent back to back: the ceiling.</summary>
    private static async Task<double> BareLoopAsync(int smtpPort, string run)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Accounts).Select(async sender =>
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", smtpPort, SecureSocketOptions.None);
            for (var i = sender; i < Emails; i += Accounts)
            {
                using var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse($"sender{sender}@bare-{run}.test"));
                message.To.Add(MailboxAddress.Parse($"lead{i}@prospect{i % 50}.test"));
                message.Subject = $"Hi Lead {i}";
                message.Body = new TextPart("plain") { Text = $"Hello Lead {i},\na short note.\n" };
                await client.SendAsync(message);
            }

            await client.DisconnectAsync(quit: true);
        }));
        return clock.Elapsed.TotalSeconds;
    }

    internal static async Task CleanUpAsync(BenchDatabase database, BenchCampaign campaign)
    {
        await using (var connection = new NpgsqlConnection(database.Super))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"""
                DELETE FROM campaigns WHERE id = '{campaign.Id}';
                DELETE FROM leads WHERE email LIKE '{campaign.LeadPrefix}%';
                DELETE FROM email_accounts WHERE domain_id = '{campaign.DomainId}';
                DELETE FROM domains WHERE id = '{campaign.DomainId}';
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using (var content = new NpgsqlConnection(database.ContentSuper))
        {
            await content.OpenAsync();
            await using var command = new NpgsqlCommand($"DELETE FROM email_messages WHERE campaign_id = '{campaign.Id}'", content);
            await command.ExecuteNonQueryAsync();
        }
    }

    internal static async Task<JsonElement> Call(HttpClient http, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
