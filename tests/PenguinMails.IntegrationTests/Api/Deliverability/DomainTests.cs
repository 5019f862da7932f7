using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api.Deliverability;

/// <summary>Sending domains over HTTP: creation with generated records, verification against the loopback DNS server, and their errors.</summary>
public sealed class DomainTests(DnsApiFixture api) : IClassFixture<DnsApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    private LoopbackDnsServer Dns => api.Dns;

    [Fact]
    public async Task A_new_domain_gets_pending_SPF_DKIM_DMARC_and_MX_records_from_the_platform()
    {
        var (client, companyId) = await OwnerAsync();
        var domain = await AddAsync(client, companyId, "Mail.Example-Shop.com");

        Assert.Equal("mail.example-shop.com", domain.GetProperty("domain").GetString());
        Assert.Equal("pending", domain.GetProperty("verificationStatus").GetString());
        var records = domain.GetProperty("records").EnumerateArray().ToDictionary(r => r.GetProperty("recordType").GetString()!);
        Assert.Equal(["DKIM", "DMARC", "MX", "SPF"], records.Keys.Order());
        Assert.All(records.Values, r =>
        {
            Assert.Equal("pending", r.GetProperty("verificationStatus").GetString());
            Assert.Equal("platform", r.GetProperty("source").GetString());
        });
        Assert.Equal("v=spf1 include:_spf.penguinmails.io -all", records["SPF"].GetProperty("value").GetString());
        Assert.Equal("@", records["SPF"].GetProperty("name").GetString());
        Assert.Equal("v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@penguinmails.io", records["DMARC"].GetProperty("value").GetString());
        Assert.Equal("_dmarc.mail.example-shop.com", records["DMARC"].GetProperty("host").GetString());
        Assert.Equal("mail.penguinmails.io.", records["MX"].GetProperty("value").GetString());
        Assert.Equal(10, records["MX"].GetProperty("priority").GetInt32());

        var dkim = records["DKIM"];
        Assert.Equal("pm1._domainkey", dkim.GetProperty("name").GetString());
        Assert.Equal("platform", dkim.GetProperty("managedBy").GetString());
        Assert.True(dkim.GetProperty("needsDeployment").GetBoolean());
        var publicKey = Convert.FromBase64String(dkim.GetProperty("value").GetString()!.Split("p=")[1]);
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
        Assert.Equal(2048, rsa.KeySize);

        // 2048-bit keys do not fit one TXT string: the value is given as ≤255-character strings, quoted for DNS panels.
        var strings = dkim.GetProperty("txtStrings").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.True(strings.Count >= 2 && strings.All(s => s.Length <= 255));
        Assert.Equal(dkim.GetProperty("value").GetString(), string.Concat(strings));
        Assert.Equal(string.Join(' ', strings.Select(s => $"\"{s}\"")), dkim.GetProperty("zoneValue").GetString());
        Assert.DoesNotContain("secretRef", dkim.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Publishing_every_record_verifies_the_domain_record_by_record()
    {
        var (client, companyId) = await OwnerAsync();
        var domain = await AddAsync(client, companyId, "verified-shop.com");
        var id = domain.GetProperty("id").GetGuid();
        Publish("verified-shop.com", domain);

        var verified = await VerifyAsync(client, id);

        Assert.Equal("verified", verified.GetProperty("verificationStatus").GetString());
        Assert.Equal(JsonValueKind.String, verified.GetProperty("verified").ValueKind);
        Assert.Equal(JsonValueKind.String, verified.GetProperty("dnsLastVerifiedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, verified.GetProperty("dnsVerificationError").ValueKind);
        Assert.Equal(300, verified.GetProperty("dnsTtlObserved").GetInt32());
        foreach (var record in verified.GetProperty("records").EnumerateArray())
        {
            Assert.Equal("verified", record.GetProperty("verificationStatus").GetString());
            Assert.Equal(1, record.GetProperty("verificationAttempts").GetInt32());
            Assert.Equal(JsonValueKind.String, record.GetProperty("lastVerifiedAt").ValueKind);
        }

        var mx = verified.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == "MX");
        Assert.Equal(["203.0.113.25"], mx.GetProperty("mxHosts").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public async Task Each_wrong_record_says_what_is_wrong_and_the_domain_fails()
    {
        var (client, companyId) = await OwnerAsync();
        var domain = await AddAsync(client, companyId, "wrong-shop.com");
        var id = domain.GetProperty("id").GetGuid();
        Dns.Txt("wrong-shop.com", "v=spf1 include:_spf.google.com -all", "v=spf1 include:_spf.penguinmails.io -all", "google-site-verification=abc");
        Dns.Txt("pm1._domainkey.wrong-shop.com", "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwrong");
        Dns.Mx("wrong-shop.com", (10, "mail.example.net"));

        var failed = await VerifyAsync(client, id);

        Assert.Equal("failed", failed.GetProperty("verificationStatus").GetString());
        var errors = failed.GetProperty("records").EnumerateArray().ToDictionary(
            r => r.GetProperty("recordType").GetString()!, r => (r.GetProperty("verificationStatus").GetString(), r.GetProperty("verificationError").GetString()));
        Assert.Equal(("failed", "2 SPF records found; a domain may publish only one. Merge them into one record that contains include:_spf.penguinmails.io."), errors["SPF"]);
        Assert.Equal(("failed", "DKIM key differs from the one generated; copy the value shown again."), errors["DKIM"]);
        Assert.Equal("failed", errors["DMARC"].Item1);
        Assert.StartsWith("DMARC record missing", errors["DMARC"].Item2);
        Assert.Equal(("failed", "MX points to mail.example.net, expected mail.penguinmails.io."), errors["MX"]);
        Assert.Contains("SPF: 2 SPF records found", failed.GetProperty("dnsVerificationError").GetString());
        Assert.Equal(1, failed.GetProperty("dnsVerificationAttempts").GetInt32());
    }

    [Fact]
    public async Task An_SPF_record_with_other_includes_still_verifies()
    {
        var (client, companyId) = await OwnerAsync();
        var domain = await AddAsync(client, companyId, "shared-spf.com");
        Publish("shared-spf.com", domain);
        Dns.Txt("shared-spf.com", "v=spf1 ip4:192.0.2.0/24 include:_spf.google.com include:_spf.penguinmails.io ~all");

        var verified = await VerifyAsync(client, domain.GetProperty("id").GetGuid());

        Assert.Equal("verified", Record(verified, "SPF").GetProperty("verificationStatus").GetString());
    }

    [Fact]
    public async Task A_DKIM_key_split_by_a_DNS_panel_into_several_strings_verifies()
    {
        var (client, companyId) = await OwnerAsync();
        var domain = await AddAsync(client, companyId, "split-dkim.com");
        Publish("split-dkim.com", domain);
        var value = Record(domain, "DKIM").GetProperty("value").GetString()!;
        Dns.TxtStrings("pm1._domainkey.split-dkim.com", value[..100], value[100..300], value[300..]);

        var verified = await VerifyAsync(client, domain.GetProperty("id").GetGuid());

        Assert.Equal("verified", verified.GetProperty("verificationStatus").GetString());
    }

    [Fact]
    public async Task A_verified_domain_whose_records_disappear_fails_with_the_reason()
    {
        var (client, companyId) = await OwnerAsync();
        var domain = await AddAsync(client, companyId, "vanishing.com");
        var id = domain.GetProperty("id").GetGuid();
        Publish("vanishing.com", domain);
        Assert.Equal("verified", (await VerifyAsync(client, id)).GetProperty("verificationStatus").GetString());

        Dns.Remove("_dmarc.vanishing.com", LoopbackDnsServer.TypeTxt);
        var failed = await VerifyAsync(client, id);

        Assert.Equal("failed", failed.GetProperty("verificationStatus").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("verified").ValueKind);
        Assert.StartsWith("DMARC: DMARC record missing", failed.GetProperty("dnsVerificationError").GetString());
        Assert.Equal("verified", Record(failed, "SPF").GetProperty("verificationStatus").GetString());
        Assert.Equal(2, Record(failed, "SPF").GetProperty("verificationAttempts").GetInt32());
    }

    [Theory]
    [InlineData(LoopbackDnsServer.Behaviour.Silent, "lookup timed out")]
    [InlineData(LoopbackDnsServer.Behaviour.ServerFailure, "SERVFAIL")]
    [InlineData(LoopbackDnsServer.Behaviour.Garbage, "could not be read")]
    [InlineData(LoopbackDnsServer.Behaviour.Huge, "could not be read")]
    public async Task A_misbehaving_name_server_gives_a_per_record_error_not_a_failure_or_a_hang(LoopbackDnsServer.Behaviour behaviour, string expected)
    {
        var (client, companyId) = await OwnerAsync();
        var name = $"{behaviour.ToString().ToLowerInvariant()}-dns.com";
        var domain = await AddAsync(client, companyId, name);
        Publish(name, domain);
        Dns.Misbehave("_dmarc." + name, LoopbackDnsServer.TypeTxt, behaviour);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var checkedDomain = await VerifyAsync(client, domain.GetProperty("id").GetGuid());

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"verification took {started.Elapsed}");
        var dmarc = Record(checkedDomain, "DMARC");
        Assert.Equal("error", dmarc.GetProperty("verificationStatus").GetString());
        Assert.True(dmarc.GetProperty("verificationError").GetString()!.Contains(expected), dmarc.GetProperty("verificationError").GetString());
        // Nothing was learnt about DMARC, so the domain is not failed for it; the reason is still shown.
        Assert.Equal("pending", checkedDomain.GetProperty("verificationStatus").GetString());
        Assert.Contains("DMARC:", checkedDomain.GetProperty("dnsVerificationError").GetString());
    }

    private static JsonElement Record(JsonElement domain, string type) =>
        domain.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == type);

    /// <summary>Publishes the records as the platform asked for them.</summary>
    private void Publish(string name, JsonElement domain)
    {
        Dns.Txt(name, "v=spf1 include:_spf.penguinmails.io -all", "unrelated=txt");
        Dns.Txt("pm1._domainkey." + name, Record(domain, "DKIM").GetProperty("value").GetString()!);
        Dns.Txt("_dmarc." + name, Record(domain, "DMARC").GetProperty("value").GetString()!);
        Dns.Mx(name, (10, "mail.penguinmails.io"), (20, "backup.example.net"));
        Dns.A("mail.penguinmails.io", "203.0.113.25");
    }

    private async Task<(HttpClient Client, Guid CompanyId)> OwnerAsync()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var companies = await client.GetFromJsonAsync<JsonElement>("/api/v1/companies");
        return (client, companies.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> AddAsync(HttpClient client, Guid companyId, string name)
    {
        var response = await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient client, Guid id)
    {
        var response = await client.PostAsync($"/api/v1/domains/{id}/verify", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
