using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Campaigns.Application.Unsubscribes;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Campaigns;

/// <summary>Leads in campaigns and the suppression list over HTTP: who joins, who is skipped and why, and what moves an enrollment.</summary>
public sealed class EnrollmentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Every_lead_asked_for_is_counted_once_as_added_skipped_with_its_reason_or_not_found()
    {
        var (client, campaign) = await CampaignAsync();
        var fresh = await LeadsAsync(client, "ana@north.example", "ben@north.example", "cy@south.example");
        var unsubscribed = await LeadAsync(client, "gone@south.example", "unsubscribed");
        var bounced = await LeadAsync(client, "bounce@south.example", "bounced");
        var byAddress = await LeadAsync(client, "blocked@south.example");
        var byDomain = await LeadAsync(client, "anyone@competitor.example");
        await ReadAsync(await client.PostAsJsonAsync("/api/v1/suppressions", new { value = "Blocked@South.example " }));
        await ReadAsync(await client.PostAsJsonAsync("/api/v1/suppressions", new { value = "@competitor.example" }));

        var result = await EnrollAsync(client, campaign, [.. fresh, unsubscribed, bounced, byAddress, byDomain, Guid.NewGuid()]);

        Assert.Equal(3, result.GetProperty("added").GetInt32());
        Assert.Equal(0, result.GetProperty("alreadyInCampaign").GetInt32());
        Assert.Equal((1, 1, 2), Skips(result));
        Assert.Equal(1, result.GetProperty("notFound").GetInt32());
        var listed = await ListAsync(client, campaign);
        Assert.Equal(fresh.ToHashSet(), listed.Select(e => e.GetProperty("leadId").GetGuid()).ToHashSet());
    }

    [Fact]
    public async Task A_lead_is_in_a_campaign_at_most_once()
    {
        var (client, campaign) = await CampaignAsync();
        var leads = await LeadsAsync(client, "one@x.example", "two@x.example");
        await EnrollAsync(client, campaign, leads);

        var again = await EnrollAsync(client, campaign, [.. leads, leads[0]]);

        Assert.Equal((0, 2), (again.GetProperty("added").GetInt32(), again.GetProperty("alreadyInCampaign").GetInt32()));
        Assert.Equal(2, (await ListAsync(client, campaign)).Count);
    }

    [Fact]
    public async Task A_new_enrollment_is_active_at_the_first_step_due_now_with_its_lead_shown()
    {
        var (client, campaign) = await CampaignAsync();
        var lead = (await LeadsAsync(client, "first@x.example"))[0];
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        await EnrollAsync(client, campaign, [lead]);

        var enrollment = await ReadAsync(await client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{lead}"));

        Assert.Equal(("first@x.example", "active", 1), (enrollment.GetProperty("email").GetString(), enrollment.GetProperty("status").GetString(), enrollment.GetProperty("currentStep").GetInt32()));
        Assert.InRange(enrollment.GetProperty("nextSendAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(JsonValueKind.Null, enrollment.GetProperty("lastSentAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, enrollment.GetProperty("emailAccountId").ValueKind);
    }

    [Fact]
    public async Task A_filter_adds_every_matching_lead_in_one_call_and_the_list_pages_through_them()
    {
        var (client, campaign) = await CampaignAsync();
        var csv = new StringBuilder("email,name,company,status\n");
        for (var i = 0; i < 1500; i++)
        {
            csv.Append($"lead{i}@bulk.example,Lead {i},{(i % 3 == 0 ? "Acme" : "Other")},{(i % 5 == 0 ? "replied" : "active")}\n");
        }

        await ReadAsync(await client.PostAsync("/api/v1/leads/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")));

        var acmeActive = await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { filter = new { status = "active", q = "ACME" } }));
        var expected = Enumerable.Range(0, 1500).Count(i => i % 3 == 0 && i % 5 != 0);
        Assert.Equal(expected, acmeActive.GetProperty("added").GetInt32());
        var everyone = await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { filter = new { } }));
        Assert.Equal((1500 - expected, expected), (everyone.GetProperty("added").GetInt32(), everyone.GetProperty("alreadyInCampaign").GetInt32()));

        var seen = await ListAsync(client, campaign, pageSize: 200);
        Assert.Equal(1500, seen.Select(e => e.GetProperty("leadId").GetGuid()).Distinct().Count());
        Assert.All(await ListAsync(client, campaign, status: "paused"), _ => Assert.Fail("no lead is paused"));
    }

    [Fact]
    public async Task A_lead_is_paused_resumed_and_removed_and_each_move_is_refused_from_the_wrong_status()
    {
        var (client, campaign) = await CampaignAsync();
        var lead = (await LeadsAsync(client, "mover@x.example"))[0];
        await EnrollAsync(client, campaign, [lead]);
        var path = $"/api/v1/campaigns/{campaign}/leads/{lead}";

        await AssertProblemAsync(await client.PostAsync($"{path}/resume", null), HttpStatusCode.Conflict, "enrollment-status-conflict");
        Assert.Equal("paused", (await ReadAsync(await client.PostAsync($"{path}/pause", null))).GetProperty("status").GetString());
        await AssertProblemAsync(await client.PostAsync($"{path}/pause", null), HttpStatusCode.Conflict, "enrollment-status-conflict");
        Assert.Single(await ListAsync(client, campaign, status: "paused"));
        var resumed = await ReadAsync(await client.PostAsync($"{path}/resume", null));
        Assert.Equal("active", resumed.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(path)).StatusCode);
        await AssertProblemAsync(await client.GetAsync(path), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.DeleteAsync(path), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/leads/{lead}")).StatusCode); // the lead itself stays
    }

    [Fact]
    public async Task A_completed_campaign_takes_no_leads()
    {
        var (client, campaign) = await CampaignAsync();
        await api.PlatformExecuteAsync($"UPDATE campaigns SET status = 'completed' WHERE id = '{campaign}'");
        var lead = (await LeadsAsync(client, "late@x.example"))[0];

        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { leadIds = new[] { lead } }), HttpStatusCode.Conflict, "campaign-status-conflict");
        Assert.Empty(await ListAsync(client, campaign));
    }

    [Fact]
    public async Task Another_tenants_leads_are_not_found_and_not_added()
    {
        var (client, campaign) = await CampaignAsync();
        var (other, _) = await CampaignAsync();
        var theirs = await LeadsAsync(other, "theirs@x.example");

        var result = await EnrollAsync(client, campaign, theirs);

        Assert.Equal((0, 1), (result.GetProperty("added").GetInt32(), result.GetProperty("notFound").GetInt32()));
        await AssertProblemAsync(await other.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { leadIds = theirs }), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{}""", "leadIds")]
    [InlineData("""{"leadIds":[],"filter":{}}""", "leadIds")]
    [InlineData("""{"leadIds":[]}""", "leadIds")]
    [InlineData("""{"filter":{"status":"asleep"}}""", "filter.status")]
    public async Task Enrolling_with_a_bad_body_is_a_validation_problem_and_adds_nothing(string body, string field)
    {
        var (client, campaign) = await CampaignAsync();
        await LeadsAsync(client, "bystander@x.example");

        var problem = await AssertProblemAsync(await client.PostAsync($"/api/v1/campaigns/{campaign}/leads", Json(body)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty(await ListAsync(client, campaign));
    }

    [Fact]
    public async Task An_unknown_status_filter_on_the_list_is_a_validation_problem()
    {
        var (client, campaign) = await CampaignAsync();
        await AssertProblemAsync(await client.GetAsync($"/api/v1/campaigns/{campaign}/leads?status=asleep"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/leads"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_suppression_stops_the_leads_it_covers_in_every_campaign_and_lifting_it_does_not_restart_them()
    {
        var (client, first) = await CampaignAsync();
        var second = await CreateCampaignAsync(client);
        var leads = await LeadsAsync(client, "a@rival.example", "b@rival.example", "c@friend.example");
        await EnrollAsync(client, first, leads);
        await EnrollAsync(client, second, [leads[0]]);
        await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{first}/leads/{leads[1]}/pause", null));

        var suppression = await ReadAsync(await client.PostAsJsonAsync("/api/v1/suppressions", new { value = "rival.example" }));

        Assert.Equal(("rival.example", "domain", "manual"), (suppression.GetProperty("value").GetString(), suppression.GetProperty("kind").GetString(), suppression.GetProperty("reason").GetString()));
        var stopped = (await ListAsync(client, first, status: "stopped")).Select(e => e.GetProperty("leadId").GetGuid()).ToHashSet();
        Assert.Equal(new HashSet<Guid> { leads[0], leads[1] }, stopped);
        Assert.Equal("suppressed", (await ListAsync(client, first, status: "stopped"))[0].GetProperty("stopReason").GetString());
        Assert.Single(await ListAsync(client, second, status: "stopped"));
        Assert.Single(await ListAsync(client, first, status: "active"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/suppressions/{suppression.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(2, (await ListAsync(client, first, status: "stopped")).Count);
        Assert.Empty(await ListSuppressionsAsync(client, ""));
    }

    [Fact]
    public async Task A_value_is_suppressed_once_and_the_list_finds_it_by_any_part()
    {
        var (client, _) = await CampaignAsync();
        await ReadAsync(await client.PostAsJsonAsync("/api/v1/suppressions", new { value = "ceo@big.example" }));
        await ReadAsync(await client.PostAsJsonAsync("/api/v1/suppressions", new { value = "small.example" }));

        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/suppressions", new { value = " CEO@Big.Example" }), HttpStatusCode.Conflict, "already-suppressed");

        Assert.Equal(["ceo@big.example"], (await ListSuppressionsAsync(client, "big")).Select(s => s.GetProperty("value").GetString()));
        Assert.Equal(2, (await ListSuppressionsAsync(client, "")).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("a@b@c.example")]
    [InlineData("@")]
    public async Task A_suppression_that_is_neither_an_address_nor_a_domain_is_a_validation_problem(string value)
    {
        var (client, _) = await CampaignAsync();
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/suppressions", new { value }), HttpStatusCode.BadRequest);
        Assert.Empty(await ListSuppressionsAsync(client, ""));
    }

    [Fact]
    public async Task A_one_click_post_unsubscribes_the_lead_in_every_campaign_and_suppresses_its_address()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var (first, second) = (await CreateCampaignAsync(client), await CreateCampaignAsync(client));
        var lead = await LeadAsync(client, "Leaving@Example.org");
        await EnrollAsync(client, first, [lead]);
        await EnrollAsync(client, second, [lead]);
        await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{second}/leads/{lead}/pause", null));

        var response = await _identity.Anonymous().PostAsync($"/api/v1/unsubscribe/{Token(owner.TenantId, lead, first)}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var done = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("leaving@example.org", 2), (done.GetProperty("email").GetString(), done.GetProperty("stoppedEnrollments").GetInt32()));
        Assert.Equal("unsubscribed", (await ReadAsync(await client.GetAsync($"/api/v1/leads/{lead}"))).GetProperty("status").GetString());
        foreach (var campaign in new[] { first, second })
        {
            var enrollment = await ReadAsync(await client.GetAsync($"/api/v1/campaigns/{campaign}/leads/{lead}"));
            Assert.Equal(("unsubscribed", "unsubscribed"), (enrollment.GetProperty("status").GetString(), enrollment.GetProperty("stopReason").GetString()));
        }

        var suppression = Assert.Single(await ListSuppressionsAsync(client, ""));
        Assert.Equal(("leaving@example.org", "unsubscribed"), (suppression.GetProperty("value").GetString(), suppression.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Following_an_unsubscribe_link_again_changes_nothing_more_and_the_lead_never_joins_a_campaign_again()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var campaign = await CreateCampaignAsync(client);
        var lead = await LeadAsync(client, "twice@example.org");
        var path = $"/api/v1/unsubscribe/{Token(owner.TenantId, lead, null)}";
        Assert.Equal(HttpStatusCode.OK, (await _identity.Anonymous().PostAsync(path, null)).StatusCode);

        var again = await _identity.Anonymous().PostAsync(path, null);

        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stoppedEnrollments").GetInt32());
        Assert.Single(await ListSuppressionsAsync(client, ""));
        var enrolled = await EnrollAsync(client, campaign, [lead]);
        Assert.Equal((0, (1, 0, 0)), (enrolled.GetProperty("added").GetInt32(), Skips(enrolled))); // counted once, as unsubscribed
    }

    [Fact]
    public async Task The_unsubscribe_page_confirms_it_to_a_browser()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var lead = await LeadAsync(_identity.As(owner), "o'brien+news@example.org");

        var page = await _identity.Anonymous().GetAsync($"/api/v1/unsubscribe/{Token(owner.TenantId, lead, null)}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("You are unsubscribed", html);
        Assert.Contains("o&#39;brien+news@example.org", html);
        Assert.Equal("unsubscribed", (await ReadAsync(await _identity.As(owner).GetAsync($"/api/v1/leads/{lead}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_token_the_platform_did_not_issue_or_that_was_altered_is_not_found_and_changes_nothing()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var lead = await LeadAsync(client, "kept@example.org");
        var token = Token(owner.TenantId, lead, null);
        var altered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        foreach (var bad in new[] { altered, "not-a-token" })
        {
            await AssertProblemAsync(await _identity.Anonymous().PostAsync($"/api/v1/unsubscribe/{bad}", null), HttpStatusCode.NotFound);
        }

        await AssertProblemAsync(await _identity.Anonymous().PostAsync($"/api/v1/unsubscribe/{new string('x', 600)}", null), HttpStatusCode.BadRequest);

        Assert.Equal("active", (await ReadAsync(await client.GetAsync($"/api/v1/leads/{lead}"))).GetProperty("status").GetString());
        Assert.Empty(await ListSuppressionsAsync(client, ""));
    }

    private string Token(Guid tenantId, Guid leadId, Guid? campaignId) =>
        api.Factory.Services.GetRequiredService<IUnsubscribeTokens>().Issue(new UnsubscribeTarget(tenantId, leadId, campaignId));

    private async Task<(HttpClient Client, Guid Campaign)> CampaignAsync()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        return (client, await CreateCampaignAsync(client));
    }

    private static async Task<Guid> CreateCampaignAsync(HttpClient client)
    {
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        return (await ReadAsync(await client.PostAsJsonAsync("/api/v1/campaigns", new { companyId, name = "Outreach" }))).GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> LeadsAsync(HttpClient client, params string[] emails)
    {
        var ids = new List<Guid>();
        foreach (var email in emails)
        {
            ids.Add(await LeadAsync(client, email));
        }

        return ids;
    }

    private static async Task<Guid> LeadAsync(HttpClient client, string email, string status = "active") =>
        (await ReadAsync(await client.PostAsJsonAsync("/api/v1/leads", new { email, status }))).GetProperty("id").GetGuid();

    private static async Task<JsonElement> EnrollAsync(HttpClient client, Guid campaign, IEnumerable<Guid> leadIds) =>
        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { leadIds }));

    private static (int Unsubscribed, int Bounced, int Suppressed) Skips(JsonElement result)
    {
        var skipped = result.GetProperty("skipped");
        return (skipped.GetProperty("unsubscribed").GetInt32(), skipped.GetProperty("bounced").GetInt32(), skipped.GetProperty("suppressed").GetInt32());
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, Guid campaign, string? status = null, int pageSize = 100)
    {
        var all = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await ReadAsync(await client.GetAsync($"/api/v1/campaigns/{campaign}/leads?limit={pageSize}{(status is null ? "" : $"&status={status}")}{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}"));
            all.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return all;
    }

    private static async Task<List<JsonElement>> ListSuppressionsAsync(HttpClient client, string q) =>
        [.. (await ReadAsync(await client.GetAsync($"/api/v1/suppressions?q={Uri.EscapeDataString(q)}"))).GetProperty("items").EnumerateArray()];
}
