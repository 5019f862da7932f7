using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PenguinMails.Deliverability.Infrastructure.Jobs;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Deliverability;

/// <summary>What a domain may be, who may add it, one primary per company, plan limits, and the background re-check.</summary>
public sealed class DomainRulesTests(DnsApiFixture api) : IClassFixture<DnsApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Theory]
    [InlineData("exa mple.com", "spaces")]
    [InlineData("example.com.", "trailing dot")]
    [InlineData("192.0.2.1", "IP address")]
    [InlineData("[2001:db8::1]", "IP address")]
    [InlineData("localhost", "full domain name")]
    [InlineData("-bad.example.com", "letters, digits and hyphens")]
    [InlineData("under_score.com", "letters, digits and hyphens")]
    [InlineData("example.123", "all digits")]
    [InlineData("", "Enter a domain name")]
    public async Task A_name_that_is_not_a_host_name_is_refused_with_the_reason(string name, string reason)
    {
        var (client, companyId) = await OwnerAsync();
        var problem = await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId }), HttpStatusCode.BadRequest);
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("domain")[0].GetString());
    }

    [Theory]
    [InlineData(254)]
    [InlineData(300)]
    public async Task A_name_longer_than_253_characters_is_refused(int length)
    {
        var (client, companyId) = await OwnerAsync();
        var labels = string.Join('.', Enumerable.Repeat(new string('a', 49), length / 50 + 1));
        var name = labels[..(length - 4)] + ".com";
        var problem = await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = name.Trim('.'), companyId }), HttpStatusCode.BadRequest);
        Assert.Contains("253", problem.GetProperty("errors").GetProperty("domain")[0].GetString());
    }

    [Fact]
    public async Task An_internationalised_name_is_stored_as_punycode_and_shown_in_Unicode()
    {
        var (client, companyId) = await OwnerAsync();
        var response = await client.PostAsJsonAsync("/api/v1/domains", new { domain = "Bücher-Laden.de", companyId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var domain = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("xn--bcher-laden-thb.de", domain.GetProperty("domain").GetString());
        Assert.Equal("bücher-laden.de", domain.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task The_same_name_twice_in_a_tenant_is_a_conflict_but_two_tenants_may_each_add_it()
    {
        var (client, companyId) = await OwnerAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/domains", new { domain = "twice.com", companyId })).StatusCode);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = "TWICE.com", companyId }), HttpStatusCode.Conflict, "domain-already-added");

        var (other, otherCompany) = await OwnerAsync();
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/v1/domains", new { domain = "twice.com", companyId = otherCompany })).StatusCode);
    }

    [Fact]
    public async Task A_company_of_another_tenant_or_none_at_all_is_not_found()
    {
        var (client, _) = await OwnerAsync();
        var (_, foreignCompany) = await OwnerAsync();
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = "foreign.com", companyId = foreignCompany }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = "foreign.com", companyId = Guid.NewGuid() }), HttpStatusCode.NotFound);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/domains")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_company_has_at_most_one_primary_domain()
    {
        var (client, companyId) = await OwnerAsync();
        var first = await AddAsync(client, companyId, "first-primary.com", isPrimary: true);
        var second = await AddAsync(client, companyId, "second-primary.com", isPrimary: true);
        Assert.False((await GetAsync(client, first)).GetProperty("isPrimary").GetBoolean());
        Assert.True((await GetAsync(client, second)).GetProperty("isPrimary").GetBoolean());

        var patched = await client.PatchAsync($"/api/v1/domains/{first}", Json("""{"isPrimary":true}"""));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.True((await GetAsync(client, first)).GetProperty("isPrimary").GetBoolean());
        Assert.False((await GetAsync(client, second)).GetProperty("isPrimary").GetBoolean());

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/domains?companyId={companyId}&limit=1");
        Assert.Single(page.GetProperty("items").EnumerateArray());
        var next = await client.GetFromJsonAsync<JsonElement>($"/api/v1/domains?companyId={companyId}&limit=1&cursor={page.GetProperty("nextCursor").GetString()}");
        Assert.Equal(second, next.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_domain_moved_to_another_company_leaves_its_primary_behind()
    {
        var (client, companyId) = await OwnerAsync();
        var other = (await (await client.PostAsJsonAsync("/api/v1/companies", new { name = "Other" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var domain = await AddAsync(client, companyId, "mover.com", isPrimary: true);

        var moved = await (await client.PatchAsync($"/api/v1/domains/{domain}", Json($$"""{"companyId":"{{other}}"}"""))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(other, moved.GetProperty("companyId").GetGuid());
        Assert.False(moved.GetProperty("isPrimary").GetBoolean());
    }

    [Fact]
    public async Task The_plans_domain_limit_is_enforced()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "free");
        var client = _identity.As(owner);
        var usage = await client.GetFromJsonAsync<JsonElement>("/api/v1/usage");
        var max = usage.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("limit").GetString() == "domains").GetProperty("max").GetInt32();
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        for (var i = 0; i < max; i++)
        {
            await AddAsync(client, companyId, $"limit-{i}.com");
        }

        var problem = await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = "one-too-many.com", companyId }), HttpStatusCode.Forbidden, "plan-limit-exceeded");
        Assert.Equal("domains", problem.GetProperty("limit").GetString());
    }

    [Fact]
    public async Task A_member_reads_domains_but_only_owners_and_admins_change_them()
    {
        var ownerAccount = await _identity.SignUpVerifiedAsync();
        var owner = _identity.As(ownerAccount);
        var companyId = (await owner.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var domain = await AddAsync(owner, companyId, "roles.com");
        var memberAccount = await _identity.SignUpVerifiedAsync();
        await _identity.AddMemberAsync(ownerAccount, memberAccount, "member");
        var member = _identity.As(memberAccount.Token, ownerAccount.TenantId);

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/domains/{domain}")).StatusCode);
        await AssertProblemAsync(await member.PostAsJsonAsync("/api/v1/domains", new { domain = "member.com", companyId }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await member.DeleteAsync($"/api/v1/domains/{domain}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Deleting_a_domain_with_accounts_needs_confirmation()
    {
        var (client, companyId) = await OwnerAsync();
        var domain = await AddAsync(client, companyId, "has-accounts.com");
        await api.PlatformExecuteAsync($"UPDATE domains SET verification_status = 'verified' WHERE id = '{domain}'");
        var account = await client.PostAsJsonAsync("/api/v1/email-accounts", new
        {
            domainId = domain, email = "a@has-accounts.com", password = "pw", smtpSettings = new { host = "smtp.example.com", port = 587, security = "starttls", username = "a" },
        });
        Assert.Equal(HttpStatusCode.Created, account.StatusCode);

        var problem = await AssertProblemAsync(await client.DeleteAsync($"/api/v1/domains/{domain}"), HttpStatusCode.Conflict, "domain-has-email-accounts");
        Assert.Equal(1, problem.GetProperty("emailAccounts").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/domains/{domain}?confirm=true")).StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM email_accounts WHERE domain_id = '{domain}'"));
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM secrets WHERE path LIKE '%{domain}%'"));
    }

    [Fact]
    public async Task The_background_checker_verifies_due_domains_of_every_tenant_and_backs_off()
    {
        var (client, companyId) = await OwnerAsync();
        var published = await AddAsync(client, companyId, "background-ok.com");
        var unpublished = await AddAsync(client, companyId, "background-missing.com");
        var domain = await GetAsync(client, published);
        string Value(string type) => domain.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == type).GetProperty("value").GetString()!;
        api.Dns.Txt("background-ok.com", Value("SPF"));
        api.Dns.Txt("pm1._domainkey.background-ok.com", Value("DKIM"));
        api.Dns.Txt("_dmarc.background-ok.com", Value("DMARC"));
        api.Dns.Mx("background-ok.com", (10, "mail.penguinmails.io"));
        await api.PlatformExecuteAsync($"UPDATE domains SET dns_next_check_at = now() - interval '1 second' WHERE id IN ('{published}', '{unpublished}')");

        var checker = api.Factory.Services.GetServices<IHostedService>().OfType<DomainRecheckService>().Single();
        Assert.True(await checker.RunUntilIdleAsync(CancellationToken.None) >= 2);

        var ok = await GetAsync(client, published);
        Assert.Equal("verified", ok.GetProperty("verificationStatus").GetString());
        var recheckIn = ok.GetProperty("dnsNextCheckAt").GetDateTimeOffset() - ok.GetProperty("dnsLastVerifiedAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(1), recheckIn);

        var missing = await GetAsync(client, unpublished);
        Assert.Equal("failed", missing.GetProperty("verificationStatus").GetString());
        var firstWait = missing.GetProperty("dnsNextCheckAt").GetDateTimeOffset() - missing.GetProperty("updated").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromMinutes(1), firstWait);

        await api.PlatformExecuteAsync($"UPDATE domains SET dns_next_check_at = now() - interval '1 second' WHERE id = '{unpublished}'");
        await checker.RunUntilIdleAsync(CancellationToken.None);
        var again = await GetAsync(client, unpublished);
        Assert.Equal(2, again.GetProperty("dnsVerificationAttempts").GetInt32());
        Assert.Equal(TimeSpan.FromMinutes(2), again.GetProperty("dnsNextCheckAt").GetDateTimeOffset() - again.GetProperty("updated").GetDateTimeOffset());

        Assert.Equal(0, await checker.RunUntilIdleAsync(CancellationToken.None));
    }

    private async Task<(HttpClient Client, Guid CompanyId)> OwnerAsync()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var companies = await client.GetFromJsonAsync<JsonElement>("/api/v1/companies");
        return (client, companies.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    private static async Task<Guid> AddAsync(HttpClient client, Guid companyId, string name, bool isPrimary = false)
    {
        var response = await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId, isPrimary });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<JsonElement> GetAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"/api/v1/domains/{id}");
}
