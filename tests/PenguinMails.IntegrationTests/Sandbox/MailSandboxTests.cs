using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using DnsClient;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using PenguinMails.Campaigns.Infrastructure.Sending;
using PenguinMails.IntegrationTests.Infrastructure;
using PenguinMails.IntegrationTests.Mail;
using PenguinMails.MailSandbox;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Sandbox;

/// <summary>
/// An API host whose DNS is the mail sandbox of build/run.sh (reading this class's database, relaying other names to a
/// loopback name server the tests fill), and the sandbox's SMTP server keeping messages in a folder of its own.
/// </summary>
public sealed class MailSandboxFixture : ApiFixture
{
    private NpgsqlDataSource? _database;

    public LoopbackDnsServer Upstream { get; } = new();

    public SandboxDnsServer Dns { get; private set; } = null!;

    public SandboxSmtpServer Smtp { get; private set; } = null!;

    public int SmtpPort { get; } = FreePort();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        await Dns.DisposeAsync();
        await Upstream.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(Smtp.MailDirectory, recursive: true);
    }

    /// <summary>The sandbox starts here: it reads the class's database, which exists by now, and the host needs its address.</summary>
    protected override Dictionary<string, string> HostSettings()
    {
        _database = NpgsqlDataSource.Create(PlatformConnectionString);
        Dns = new SandboxDnsServer(new IPEndPoint(IPAddress.Loopback, 0), new PublishedRecords(_database), IPEndPoint.Parse(Upstream.Endpoint), TextWriter.Null);
        Smtp = new SandboxSmtpServer(new IPEndPoint(IPAddress.Loopback, SmtpPort), Path.Combine(Path.GetTempPath(), "pm-sandbox-" + Guid.NewGuid().ToString("N")), TextWriter.Null);
        var settings = base.HostSettings();
        settings["Deliverability:NameServers:0"] = Dns.Endpoint.ToString();
        settings["Deliverability:DnsRetries"] = "0";
        return settings;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>The newcomer's mail sandbox (README, "The mail sandbox"): a .test domain verifies locally and its campaign's e-mails land as files.</summary>
public sealed class MailSandboxTests(MailSandboxFixture sandbox) : IClassFixture<MailSandboxFixture>
{
    private readonly IdentityClient _identity = new(sandbox.Factory);

    [Fact]
    public async Task A_domain_under_dot_test_verifies_with_the_records_the_sandbox_publishes()
    {
        var (client, _, domainId, _) = await DomainAsync();

        var verified = await ReadAsync(await client.PostAsync($"/api/v1/domains/{domainId}/verify", null));

        Assert.Equal("verified", verified.GetProperty("verificationStatus").GetString());
        Assert.All(verified.GetProperty("records").EnumerateArray(), r => Assert.Equal("verified", r.GetProperty("verificationStatus").GetString()));
    }

    [Fact]
    public async Task A_campaign_through_the_sandbox_is_kept_as_one_signed_file_per_email()
    {
        var (client, companyId, domainId, domain) = await DomainAsync();
        await ReadAsync(await client.PostAsync($"/api/v1/domains/{domainId}/verify", null));
        var account = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/email-accounts", new
        {
            domainId, email = $"hello@{domain}", password = "anything",
            smtpSettings = new { host = "127.0.0.1", port = sandbox.SmtpPort, security = "none", username = "hello" }, minGapSeconds = 0, randomGapSeconds = 0,
        }))).GetProperty("id").GetGuid();
        var template = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/templates", new { name = "Intro", subject = "Hi {{firstName|there}}", content = "Hello {{firstName|there}}" }))).GetProperty("id").GetGuid();
        var campaign = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/campaigns", new { companyId, name = "First" }))).GetProperty("id").GetGuid();
        await ReadAsync(await client.PatchAsJsonAsync($"/api/v1/campaigns/{campaign}", new
        {
            schedule = new { timezone = "UTC", days = new[] { 1, 2, 3, 4, 5, 6, 7 }, start = "00:00", end = "23:59" }, emailAccountIds = new[] { account },
        }));
        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/steps", new { stepType = "email", templateId = template }));
        var recipients = new[] { $"ana.{domainId:N}@prospect.test", $"ben.{domainId:N}@prospect.test" };
        foreach (var (email, firstName) in recipients.Zip(new[] { "Ana", "Ben" }))
        {
            var lead = (await ReadAsync(await client.PostAsJsonAsync("/api/v1/leads", new { email, firstName }))).GetProperty("id").GetGuid();
            await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { leadIds = new[] { lead } }));
        }

        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/schedule", new { scheduled = DateTimeOffset.UtcNow.AddMinutes(5) }));
        await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{campaign}/start", null));

        Assert.Equal(2, await sandbox.Factory.Services.GetRequiredService<SendingEngine>().RunUntilIdleAsync(CancellationToken.None));

        var kept = KeptFor(recipients);
        Assert.Equal(recipients.Order(), kept.Keys.Order());
        var ana = kept[recipients[0]];
        Assert.Equal("Hi Ana", ana.Subject);
        Assert.Equal($"<hello@{domain}>", ana.Headers[HeaderId.ReturnPath]);
        var published = await new LookupClient(new LookupClientOptions(sandbox.Dns.Endpoint) { UseCache = false })
            .QueryAsync($"pm1._domainkey.{domain}", QueryType.TXT);
        Assert.True(await DkimCheck.VerifiesAsync(ana, string.Concat(published.Answers.TxtRecords().Single().Text)), "signed with the key the sandbox publishes");
    }

    [Fact]
    public async Task A_name_outside_dot_test_is_answered_by_the_machines_name_server()
    {
        sandbox.Upstream.Txt("relayed.example", "v=spf1 -all");

        var answer = await LookUpAsync("relayed.example", QueryType.TXT);

        Assert.Equal("v=spf1 -all", string.Concat(answer.Answers.TxtRecords().Single().Text));
    }

    [Fact]
    public async Task A_name_under_dot_test_that_no_domain_publishes_does_not_exist()
    {
        var answer = await LookUpAsync($"_dmarc.nobody-{Guid.NewGuid():N}.test", QueryType.TXT);

        Assert.Equal(DnsResponseCode.NotExistentDomain, (DnsResponseCode)answer.Header.ResponseCode);
    }

    [Fact]
    public async Task Every_host_under_dot_test_has_the_loopback_address()
    {
        var answer = await LookUpAsync("mail.anything.test", QueryType.A);

        Assert.Equal(IPAddress.Loopback, answer.Answers.ARecords().Single().Address);
    }

    [Fact]
    public async Task A_datagram_that_is_no_query_goes_unanswered_and_the_next_query_is_answered()
    {
        using var raw = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        await raw.SendAsync(new byte[] { 0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3F }, sandbox.Dns.Endpoint);

        var answer = await LookUpAsync("mail.after-garbage.test", QueryType.A);

        Assert.Single(answer.Answers.ARecords());
    }

    private Task<IDnsQueryResponse> LookUpAsync(string name, QueryType type) =>
        new LookupClient(new LookupClientOptions(sandbox.Dns.Endpoint) { UseCache = false, Retries = 0, ThrowDnsErrors = false }).QueryAsync(name, type);

    private async Task<(HttpClient Client, Guid CompanyId, Guid DomainId, string Domain)> DomainAsync()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var domain = $"acme-{Guid.NewGuid():N}"[..17] + ".test";
        var created = await ReadAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain, companyId }));
        return (client, companyId, created.GetProperty("id").GetGuid(), domain);
    }

    /// <summary>The sandbox's files for these recipients (by the Delivered-To it records), each parsed.</summary>
    private Dictionary<string, MimeMessage> KeptFor(string[] recipients) =>
        Directory.GetFiles(sandbox.Smtp.MailDirectory, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Where(m => recipients.Contains(m.Headers["Delivered-To"]))
            .ToDictionary(m => m.Headers["Delivered-To"]!, StringComparer.Ordinal);
}
