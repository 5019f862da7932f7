using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Contracts.Steps.RecordStepExecution;
using PenguinMails.Campaigns.Infrastructure.Jobs;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Campaigns;

/// <summary>Campaigns and their sequences over HTTP: the lifecycle, step rules and order, and other tenants kept out.</summary>
public sealed class CampaignTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_campaign_goes_from_draft_through_its_lifecycle_to_completed()
    {
        var setup = await SetUpAsync();
        var client = setup.Client;
        var campaign = await CreateCampaignAsync(setup);
        var id = Id(campaign);
        Assert.Equal("draft", campaign.GetProperty("status").GetString());

        var empty = await AssertProblemAsync(await Schedule(client, id, DateTimeOffset.UtcNow.AddDays(1)), HttpStatusCode.Conflict, "sequence-cannot-send");
        Assert.Contains("at least one active email step", empty.GetProperty("detail").GetString());
        await AddStepAsync(client, id, new { stepType = "email", templateId = setup.TemplateId, emailAccountId = setup.AccountId, subjectOverride = "Hello" });
        await AssertProblemAsync(await Schedule(client, id, DateTimeOffset.UtcNow.AddMinutes(-1)), HttpStatusCode.Conflict, "schedule-in-past");

        var scheduled = await ReadAsync(await Schedule(client, id, DateTimeOffset.UtcNow.AddDays(1)));
        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps", new { stepType = "wait", waitDurationHours = 24 }), HttpStatusCode.Conflict, "campaign-status-conflict");
        await AssertProblemAsync(await client.PostAsync($"/api/v1/campaigns/{id}/pause", null), HttpStatusCode.Conflict, "campaign-status-conflict");
        Assert.Equal("draft", (await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{id}/unschedule", null))).GetProperty("status").GetString());
        await ReadAsync(await Schedule(client, id, DateTimeOffset.UtcNow.AddDays(1)));

        Assert.Equal("sending", (await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{id}/start", null))).GetProperty("status").GetString());
        await AssertProblemAsync(await client.DeleteAsync($"/api/v1/campaigns/{id}"), HttpStatusCode.Conflict, "campaign-status-conflict");
        Assert.Equal("paused", (await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{id}/pause", null))).GetProperty("status").GetString());
        await AddStepAsync(client, id, new { stepType = "wait", waitDurationHours = 48 }); // steps change while paused
        Assert.Equal("sending", (await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{id}/resume", null))).GetProperty("status").GetString());
        var completed = await ReadAsync(await client.PostAsync($"/api/v1/campaigns/{id}/complete", null));
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, completed.GetProperty("completed").ValueKind);
        await AssertProblemAsync(await client.PostAsync($"/api/v1/campaigns/{id}/complete", null), HttpStatusCode.Conflict, "campaign-status-conflict");
        await AssertProblemAsync(await client.PostAsync($"/api/v1/campaigns/{id}/resume", null), HttpStatusCode.Conflict, "campaign-status-conflict");
    }

    [Fact]
    public async Task A_campaign_sends_by_default_on_weekdays_from_nine_to_five_utc_and_keeps_the_settings_it_is_given()
    {
        var setup = await SetUpAsync();
        var campaign = await CreateCampaignAsync(setup);
        var schedule = campaign.GetProperty("schedule");
        Assert.Equal(("UTC", "[1,2,3,4,5]", "09:00", "17:00"), (schedule.GetProperty("timezone").GetString(), schedule.GetProperty("days").GetRawText(), schedule.GetProperty("start").GetString(), schedule.GetProperty("end").GetString()));
        Assert.Equal((true, false, false), (campaign.GetProperty("stopOnReply").GetBoolean(), campaign.GetProperty("stopOnAutoReply").GetBoolean(), campaign.GetProperty("stopForCompany").GetBoolean()));

        var id = Id(campaign);
        var patched = await ReadAsync(await setup.Client.PatchAsync($"/api/v1/campaigns/{id}", Json($$"""
            {"schedule":{"timezone":"Europe/Oslo","days":[7,1,3],"start":"22:00","end":"02:30"},"dailyLimit":40,"dailyNewLeads":10,
             "emailAccountIds":["{{setup.AccountId}}"],"stopOnReply":false,"stopOnAutoReply":true,"stopForCompany":true}
            """)));
        var read = await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{id}"));

        foreach (var shown in new[] { patched, read })
        {
            Assert.Equal("""{"timezone":"Europe/Oslo","days":[1,3,7],"start":"22:00","end":"02:30"}""", shown.GetProperty("schedule").GetRawText());
            Assert.Equal((40, 10), (shown.GetProperty("dailyLimit").GetInt32(), shown.GetProperty("dailyNewLeads").GetInt32()));
            Assert.Equal([setup.AccountId], shown.GetProperty("emailAccountIds").EnumerateArray().Select(e => e.GetGuid()));
            Assert.Equal((false, true, true), (shown.GetProperty("stopOnReply").GetBoolean(), shown.GetProperty("stopOnAutoReply").GetBoolean(), shown.GetProperty("stopForCompany").GetBoolean()));
        }

        var cleared = await ReadAsync(await setup.Client.PatchAsync($"/api/v1/campaigns/{id}", Json("""{"dailyLimit":null,"emailAccountIds":[]}""")));
        Assert.Equal((JsonValueKind.Null, 0), (cleared.GetProperty("dailyLimit").ValueKind, cleared.GetProperty("emailAccountIds").GetArrayLength()));
    }

    [Fact]
    public async Task An_email_step_without_its_own_account_sends_through_the_campaigns_senders()
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));
        await AddStepAsync(setup.Client, id, new { stepType = "email", templateId = setup.TemplateId });
        await AssertProblemAsync(await Schedule(setup.Client, id, DateTimeOffset.UtcNow.AddDays(1)), HttpStatusCode.Conflict, "sequence-cannot-send");

        await ReadAsync(await setup.Client.PatchAsync($"/api/v1/campaigns/{id}", Json($$"""{"emailAccountIds":["{{setup.AccountId}}"]}""")));

        Assert.Equal("scheduled", (await ReadAsync(await Schedule(setup.Client, id, DateTimeOffset.UtcNow.AddDays(1)))).GetProperty("status").GetString());
        await AssertProblemAsync(await setup.Client.PatchAsync($"/api/v1/campaigns/{id}", Json("""{"dailyLimit":5}""")), HttpStatusCode.Conflict, "campaign-status-conflict");
        Assert.Equal(HttpStatusCode.OK, (await setup.Client.PatchAsync($"/api/v1/campaigns/{id}", Json("""{"name":"Renamed while scheduled"}"""))).StatusCode);
    }

    [Fact]
    public async Task Another_tenants_mailbox_cannot_be_a_sender_and_nothing_changes()
    {
        var setup = await SetUpAsync();
        var other = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));

        await AssertProblemAsync(await setup.Client.PatchAsync($"/api/v1/campaigns/{id}", Json($$"""{"emailAccountIds":["{{other.AccountId}}"],"dailyLimit":9}""")), HttpStatusCode.NotFound);

        var read = await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{id}"));
        Assert.Equal((0, JsonValueKind.Null), (read.GetProperty("emailAccountIds").GetArrayLength(), read.GetProperty("dailyLimit").ValueKind));
    }

    [Theory]
    [InlineData("""{"schedule":{"timezone":"Mars/Olympus","days":[1],"start":"09:00","end":"17:00"}}""", "schedule.timezone")]
    [InlineData("""{"schedule":{"timezone":"UTC","days":[0,8],"start":"09:00","end":"17:00"}}""", "schedule.days")]
    [InlineData("""{"schedule":{"timezone":"UTC","days":[],"start":"09:00","end":"17:00"}}""", "schedule.days")]
    [InlineData("""{"schedule":{"timezone":"UTC","days":[1],"start":"25:00","end":"17:00"}}""", "schedule.start")]
    [InlineData("""{"schedule":{"timezone":"UTC","days":[1],"start":"09:00","end":"09:00"}}""", "schedule.end")]
    [InlineData("""{"schedule":null}""", "schedule")]
    [InlineData("""{"dailyLimit":0}""", "dailyLimit")]
    [InlineData("""{"dailyNewLeads":-3}""", "dailyNewLeads")]
    [InlineData("""{"emailAccountIds":null}""", "emailAccountIds")]
    public async Task A_bad_sending_setting_is_a_validation_problem_and_changes_nothing(string body, string field)
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));

        var problem = await AssertProblemAsync(await setup.Client.PatchAsync($"/api/v1/campaigns/{id}", Json(body)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal("UTC", (await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{id}"))).GetProperty("schedule").GetProperty("timezone").GetString());
    }

    [Fact]
    public async Task A_scheduled_campaign_starts_by_itself_when_its_time_comes_and_not_before()
    {
        var setup = await SetUpAsync();
        var due = Id(await CreateCampaignAsync(setup));
        var later = Id(await CreateCampaignAsync(setup));
        foreach (var id in new[] { due, later })
        {
            await AddStepAsync(setup.Client, id, new { stepType = "email", templateId = setup.TemplateId, emailAccountId = setup.AccountId });
            await ReadAsync(await Schedule(setup.Client, id, DateTimeOffset.UtcNow.AddDays(1)));
        }

        await api.PlatformExecuteAsync($"UPDATE campaigns SET scheduled = now() - interval '1 minute' WHERE id = '{due}'");
        var starter = api.Factory.Services.GetServices<IHostedService>().OfType<CampaignStartService>().Single();

        await starter.RunUntilIdleAsync(CancellationToken.None); // the host's own loop may have got there first; either way it starts once

        Assert.Equal("sending", (await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{due}"))).GetProperty("status").GetString());
        Assert.Equal("scheduled", (await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{later}"))).GetProperty("status").GetString());
        Assert.Equal(0, await starter.RunUntilIdleAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_preflight_of_an_empty_campaign_names_its_sequence_and_its_missing_leads()
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));

        var preflight = await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{id}/preflight"));

        Assert.False(preflight.GetProperty("ready").GetBoolean());
        Assert.Equal(["sequence-cannot-send", "no-leads"], preflight.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        await AssertProblemAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/preflight"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_preflight_counts_the_leads_a_variable_without_fallback_cannot_fill_until_they_can()
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));
        var template = Id(await ReadAsync(await setup.Client.PostAsJsonAsync("/api/v1/templates", new { name = "Local", subject = "Hi {{firstName}}", content = "In {{city}}? {{tier|}}" })));
        await AddStepAsync(setup.Client, id, new { stepType = "email", templateId = template, emailAccountId = setup.AccountId });
        var withCity = Id(await ReadAsync(await setup.Client.PostAsJsonAsync("/api/v1/leads", new { email = "a@x.example", customFields = new { city = "Oslo" } })));
        var without = Id(await ReadAsync(await setup.Client.PostAsJsonAsync("/api/v1/leads", new { email = "b@x.example" })));
        await ReadAsync(await setup.Client.PostAsJsonAsync($"/api/v1/campaigns/{id}/leads", new { leadIds = new[] { withCity, without } }));

        var before = await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{id}/preflight"));
        var problem = Assert.Single(before.GetProperty("problems").EnumerateArray());
        Assert.Equal(("unknown-variable", 1, "city", 1), (problem.GetProperty("code").GetString(), problem.GetProperty("stepOrder").GetInt32(), problem.GetProperty("variable").GetString(), problem.GetProperty("leads").GetInt32()));

        await ReadAsync(await setup.Client.PatchAsync($"/api/v1/leads/{without}", Json("""{"customFields":{"city":"Rome"}}""")));

        var after = await ReadAsync(await setup.Client.GetAsync($"/api/v1/campaigns/{id}/preflight"));
        Assert.True(after.GetProperty("ready").GetBoolean(), after.ToString());
    }

    [Fact]
    public async Task Scheduling_needs_every_email_step_to_have_an_active_account()
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));
        await AddStepAsync(setup.Client, id, new { stepType = "email", templateId = setup.TemplateId, emailAccountId = setup.AccountId });
        Assert.Equal(HttpStatusCode.OK, (await setup.Client.PatchAsync($"/api/v1/email-accounts/{setup.AccountId}", Json("""{"status":"paused"}"""))).StatusCode);

        var problem = await AssertProblemAsync(await Schedule(setup.Client, id, DateTimeOffset.UtcNow.AddDays(1)), HttpStatusCode.Conflict, "sequence-cannot-send");
        Assert.Contains("Email step 1", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Steps_keep_their_order_without_gaps_through_inserts_deletes_and_reorders()
    {
        var setup = await SetUpAsync();
        var client = setup.Client;
        var id = Id(await CreateCampaignAsync(setup));
        var email = Id(await AddStepAsync(client, id, new { stepType = "email", templateId = setup.TemplateId, emailAccountId = setup.AccountId }));
        var wait = Id(await AddStepAsync(client, id, new { stepType = "wait", waitUntilDate = DateTimeOffset.UtcNow.AddDays(3) }));
        var condition = Id(await AddStepAsync(client, id, new { stepType = "condition", conditionType = "clicked", conditionValue = "https://example.com/offer" }));
        var first = Id(await AddStepAsync(client, id, new { stepType = "condition", conditionType = "not_opened", position = 1 }));
        Assert.Equal([first, email, wait, condition], await OrderAsync(client, id));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/campaigns/{id}/steps/{email}")).StatusCode);
        Assert.Equal([first, wait, condition], await OrderAsync(client, id));

        var reordered = await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps/reorder", new { stepIds = new[] { condition, first, wait } });
        Assert.Equal(HttpStatusCode.OK, reordered.StatusCode);
        Assert.Equal([condition, first, wait], await OrderAsync(client, id));
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps/reorder", new { stepIds = new[] { condition, first } }), HttpStatusCode.BadRequest);
        var orders = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{id}/steps")).EnumerateArray().Select(s => s.GetProperty("stepOrder").GetInt32());
        Assert.Equal([1, 2, 3], orders);
    }

    [Theory]
    [InlineData("""{"stepType":"email"}""", "templateId")]
    [InlineData("""{"stepType":"wait"}""", "waitDurationHours")]
    [InlineData("""{"stepType":"wait","waitDurationHours":2,"waitUntilDate":"2030-01-01T00:00:00Z"}""", "waitDurationHours")]
    [InlineData("""{"stepType":"wait","waitDurationHours":8761}""", "waitDurationHours")]
    [InlineData("""{"stepType":"condition","conditionType":"bought"}""", "conditionType")]
    [InlineData("""{"stepType":"condition","conditionType":"clicked"}""", "conditionValue")]
    [InlineData("""{"stepType":"condition","conditionType":"opened","conditionValue":"x"}""", "conditionValue")]
    [InlineData("""{"stepType":"teleport"}""", "stepType")]
    public async Task A_step_that_does_not_fit_its_type_is_a_400_naming_the_field(string body, string field)
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));
        var problem = await AssertProblemAsync(await setup.Client.PostAsync($"/api/v1/campaigns/{id}/steps", Json(body)), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Empty((await setup.Client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{id}/steps")).EnumerateArray());
    }

    [Fact]
    public async Task A_step_execution_is_counted_for_the_sending_engine()
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));
        var step = Id(await AddStepAsync(setup.Client, id, new { stepType = "wait", waitDurationHours = 1 }));

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(setup.Owner.UserId, setup.Owner.TenantId, ["owner"]);
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordStepExecutionCommand(step));
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordStepExecutionCommand(step));
        }

        var recorded = (await setup.Client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{id}/steps"))[0];
        Assert.Equal(2, recorded.GetProperty("executedCount").GetInt32());
        Assert.Equal(JsonValueKind.String, recorded.GetProperty("lastExecuted").ValueKind);
    }

    [Fact]
    public async Task Another_tenant_reaches_no_campaign_route_and_cannot_use_anothers_template_or_account()
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));
        var step = Id(await AddStepAsync(setup.Client, id, new { stepType = "email", templateId = setup.TemplateId, emailAccountId = setup.AccountId }));
        var other = await SetUpAsync();
        var intruder = other.Client;
        var own = Id(await CreateCampaignAsync(other));

        foreach (var response in new[]
        {
            await intruder.GetAsync($"/api/v1/campaigns/{id}"),
            await intruder.PatchAsync($"/api/v1/campaigns/{id}", Json("""{"name":"hacked"}""")),
            await intruder.DeleteAsync($"/api/v1/campaigns/{id}"),
            await Schedule(intruder, id, DateTimeOffset.UtcNow.AddDays(1)),
            await intruder.PostAsync($"/api/v1/campaigns/{id}/start", null),
            await intruder.PostAsync($"/api/v1/campaigns/{id}/pause", null),
            await intruder.PostAsync($"/api/v1/campaigns/{id}/resume", null),
            await intruder.PostAsync($"/api/v1/campaigns/{id}/complete", null),
            await intruder.PostAsync($"/api/v1/campaigns/{id}/unschedule", null),
            await intruder.GetAsync($"/api/v1/campaigns/{id}/steps"),
            await intruder.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps", new { stepType = "wait", waitDurationHours = 1 }),
            await intruder.PatchAsync($"/api/v1/campaigns/{id}/steps/{step}", Json("""{"subjectOverride":"x"}""")),
            await intruder.DeleteAsync($"/api/v1/campaigns/{id}/steps/{step}"),
            await intruder.PostAsJsonAsync($"/api/v1/campaigns/{id}/steps/reorder", new { stepIds = new[] { step } }),
            await intruder.PostAsJsonAsync($"/api/v1/campaigns/{own}/steps", new { stepType = "email", templateId = setup.TemplateId, emailAccountId = other.AccountId }),
            await intruder.PostAsJsonAsync($"/api/v1/campaigns/{own}/steps", new { stepType = "email", templateId = other.TemplateId, emailAccountId = setup.AccountId }),
            await intruder.PostAsJsonAsync("/api/v1/campaigns", new { companyId = setup.CompanyId, name = "x" }),
        })
        {
            await AssertProblemAsync(response, HttpStatusCode.NotFound);
        }

        var campaign = await setup.Client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{id}");
        Assert.Equal(("draft", "Launch"), (campaign.GetProperty("status").GetString(), campaign.GetProperty("name").GetString()));
        Assert.Single((await setup.Client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{id}/steps")).EnumerateArray());
    }

    [Fact]
    public async Task Twenty_parallel_starts_of_one_campaign_have_one_winner_and_nineteen_conflicts()
    {
        var setup = await SetUpAsync();
        var id = Id(await CreateCampaignAsync(setup));
        await AddStepAsync(setup.Client, id, new { stepType = "email", templateId = setup.TemplateId, emailAccountId = setup.AccountId });
        await ReadAsync(await Schedule(setup.Client, id, DateTimeOffset.UtcNow.AddDays(1)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _identity.As(setup.Owner).PostAsync($"/api/v1/campaigns/{id}/start", null)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(19, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal("sending", (await setup.Client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{id}")).GetProperty("status").GetString());
    }

    private sealed record Setup(Account Owner, HttpClient Client, Guid CompanyId, Guid TemplateId, Guid AccountId);

    /// <summary>A tenant with a company, a template and an active e-mail account on a domain marked verified.</summary>
    private async Task<Setup> SetUpAsync()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var name = $"c{Guid.NewGuid():N}"[..12] + ".com";
        var domain = Id(await ReadAsync(await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId })));
        await api.PlatformExecuteAsync($"UPDATE domains SET verification_status = 'verified' WHERE id = '{domain}'");
        var account = Id(await ReadAsync(await client.PostAsJsonAsync("/api/v1/email-accounts", new
        {
            domainId = domain, email = $"sales@{name}", password = "pw", smtpSettings = new { host = "smtp.example.com", port = 587, security = "starttls", username = "sales" },
        })));
        var template = Id(await ReadAsync(await client.PostAsJsonAsync("/api/v1/templates", new { name = "Intro", subject = "Hi {{firstName}}" })));
        return new Setup(owner, client, companyId, template, account);
    }

    private static async Task<JsonElement> CreateCampaignAsync(Setup setup) =>
        await ReadAsync(await setup.Client.PostAsJsonAsync("/api/v1/campaigns", new { companyId = setup.CompanyId, name = "Launch", description = "Q1" }));

    private static async Task<JsonElement> AddStepAsync(HttpClient client, Guid campaignId, object step) =>
        await ReadAsync(await client.PostAsJsonAsync($"/api/v1/campaigns/{campaignId}/steps", step));

    private static Task<HttpResponseMessage> Schedule(HttpClient client, Guid id, DateTimeOffset at) =>
        client.PostAsJsonAsync($"/api/v1/campaigns/{id}/schedule", new { scheduled = at });

    private static async Task<List<Guid>> OrderAsync(HttpClient client, Guid campaignId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/campaigns/{campaignId}/steps")).EnumerateArray().Select(Id).ToList();

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();
}
