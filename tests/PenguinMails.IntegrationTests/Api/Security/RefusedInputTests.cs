using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Security;

/// <summary>A host whose API pool holds two connections, so every connection serves the attacker and then the victim.</summary>
public sealed class TwoConnectionApiFixture : ApiFixture
{
    public const int PoolSize = 2;

    public override string AppConnectionString => TestPostgres.ConnectionString(Name, TestPostgres.AppRole, PoolSize);
}

/// <summary>
/// Input PostgreSQL refuses (U+0000, instants at an offset, dates past the calendar) is a 400 before any statement, and
/// never leaves a pooled connection unusable for another tenant's next request. The statements are prepared, as in
/// production (the host's default: prepared on a connection's second use).
/// </summary>
public sealed class RefusedInputTests(TwoConnectionApiFixture api) : IClassFixture<TwoConnectionApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    private static string Cursor(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    /// <summary>Every place a client can put a NUL: query values, cursors, route values and JSON bodies, signed in or not.</summary>
    public static TheoryData<string, string, string?, string> NulInputs() => new()
    {
        { "POST", "/api/v1/auth/login", """{"email":"x\u0000y@example.com","password":"p"}""", "email" },
        { "POST", "/api/v1/auth/signup", """{"email":"n@example.com","password":"long enough pw","name":"N\u0000","tenantName":"T"}""", "name" },
        { "GET", "/api/v1/leads?q=a%00", null, "q" },
        { "GET", "/api/v1/leads?status=active%00", null, "status" },
        { "GET", "/api/v1/companies?q=a%00", null, "q" },
        { "GET", "/api/v1/templates?q=a%00", null, "q" },
        { "GET", "/api/v1/domains?q=a%00", null, "q" },
        { "GET", "/api/v1/email-accounts?q=a%00", null, "q" },
        { "GET", "/api/v1/leads?cursor=" + Base64Url.EncodeToString("a\0b@example.com"u8), null, "cursor" },
        { "GET", "/api/v1/plans?cursor=" + Cursor("[0,\"free\\u0000\"]"), null, "cursor" },
        { "POST", "/api/v1/tags", """{"value":"vip\u0000"}""", "value" },
        { "POST", "/api/v1/leads", """{"email":"lead@example.com","name":"L\u0000"}""", "name" },
        { "POST", "/api/v1/companies", """{"name":"C\u0000"}""", "name" },
        { "POST", "/api/v1/api-keys", """{"name":"ci","scopes":["leads:read\u0000"]}""", "scopes[0]" },
        { "PATCH", "/api/v1/me", """{"name":"M\u0000"}""", "name" },
        { "POST", "/api/v1/tenants/current/members", """{"email":"m@example.com","roles":["member\u0000"]}""", "roles[0]" },
    };

    [Theory]
    [MemberData(nameof(NulInputs))]
    public async Task A_nul_character_anywhere_is_a_400_naming_the_field_and_changes_nothing(string method, string url, string? body, string field)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var before = await RowCountsAsync();
        var response = await SendAsync(_identity.As(owner), method, url, body);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "validation-error");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.GetRawText());
        if (field != "cursor")
        {
            Assert.Contains("NUL", messages[0].GetString()); // A cursor with one was never issued, and says so.
        }

        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task After_every_refused_input_twice_each_connection_serves_another_tenant_normally()
    {
        var attacker = await _identity.SignUpVerifiedAsync();
        var victim = await _identity.SignUpVerifiedAsync();
        var victimClient = _identity.As(victim);
        Assert.Equal(HttpStatusCode.Created, (await victimClient.PostAsJsonAsync("/api/v1/leads", new { email = "t@example.com", name = "Tess" })).StatusCode);

        foreach (var input in NulInputs())
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var refused = await SendAsync(_identity.As(attacker), (string)input[0], (string)input[1], (string?)input[2]);
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            }
        }

        // More requests than connections, several at once, so each pooled connection serves the victim.
        var answers = await Task.WhenAll(Enumerable.Range(0, TwoConnectionApiFixture.PoolSize * 4).Select(async i =>
            i % 2 == 0
                ? await _identity.LogInAsync(victim.Email, victim.Password)
                : await victimClient.GetAsync("/api/v1/leads?q=t")));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var leads = await victimClient.GetFromJsonAsync<JsonElement>("/api/v1/leads?q=t");
        Assert.Equal("t@example.com", leads.GetProperty("items").EnumerateArray().Single().GetProperty("email").GetString());
    }

    [Fact]
    public async Task Refused_input_is_logged_below_error_and_without_a_stack_trace()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var marker = Guid.NewGuid().ToString("N");
        var client = _identity.As(owner);
        client.DefaultRequestHeaders.Add("X-Request-Id", marker);
        foreach (var input in NulInputs())
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, (string)input[0], (string)input[1], (string?)input[2])).StatusCode);
        }

        var entries = api.Factory.Logs.Entries.Where(e => e.Fields.Values.Contains(marker)).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e.Level < Microsoft.Extensions.Logging.LogLevel.Error && e.Exception is null, $"{e.Level} {e.Category}: {e.Message} {e.Exception?.Split('\n')[0]}"));
    }

    [Fact]
    public async Task Attackers_sending_nul_sign_ins_in_parallel_never_fail_a_real_users_sign_in()
    {
        var user = await _identity.SignUpVerifiedAsync();
        using var stop = new CancellationTokenSource();
        var attackers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var client = _identity.Anonymous();
            while (!stop.IsCancellationRequested)
            {
                var refused = await client.PostAsync("/api/v1/auth/login", Json("""{"email":"x\u0000y@example.com","password":"p"}"""));
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            }
        })).ToArray();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await _identity.LogInAsync(user.Email, user.Password)).StatusCode);
        }

        await stop.CancelAsync();
        await Task.WhenAll(attackers);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory]
    [InlineData("/api/v1/companies", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("/api/v1/templates", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("/api/v1/domains", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("/api/v1/email-accounts", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("/api/v1/campaigns", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("/api/v1/api-keys", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("/api/v1/tenants/current/invitations", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("/api/v1/tenants/current/members", "\"00000000-0000-0000-0000-000000000000\"")]
    public async Task A_cursor_at_a_utc_offset_names_the_same_instant(string list, string id)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        await AssertCursorOffsetIsUtcAsync(_identity.As(owner), list, id);
    }

    [Theory]
    [InlineData("/api/v1/admin/tenants")]
    [InlineData("/api/v1/admin/vps-instances")]
    [InlineData("/api/v1/admin/smtp-ips")]
    [InlineData("/api/v1/admin/domain-ip-assignments")]
    public async Task A_staff_list_cursor_at_a_utc_offset_names_the_same_instant(string list)
    {
        var staff = await api.SignUpStaffAsync();
        await AssertCursorOffsetIsUtcAsync(_identity.As(staff.Token), list, "\"00000000-0000-0000-0000-000000000000\"");
    }

    private static async Task AssertCursorOffsetIsUtcAsync(HttpClient client, string list, string id)
    {
        var utc = await client.GetAsync($"{list}?cursor={Cursor($"[\"2026-01-01T05:00:00Z\",{id}]")}");
        var offset = await client.GetAsync($"{list}?cursor={Cursor($"[\"2026-01-01T10:00:00+05:00\",{id}]")}");
        Assert.Equal(HttpStatusCode.OK, offset.StatusCode);
        Assert.Equal(utc.StatusCode, offset.StatusCode);
        Assert.Equal((await utc.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetRawText(),
            (await offset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetRawText());
    }

    [Fact]
    public async Task An_api_key_expiry_at_an_offset_is_stored_as_the_same_instant_in_utc()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var response = await _identity.As(owner).PostAsync("/api/v1/api-keys",
            Json("""{"name":"ci","scopes":["leads:read"],"expires":"2027-01-01T00:00:00+05:00"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await api.PlatformScalarAsync<DateTime>($"SELECT expires FROM api_keys WHERE tenant_id = '{owner.TenantId}'");
        Assert.Equal(new DateTime(2026, 12, 31, 19, 0, 0, DateTimeKind.Utc), stored.ToUniversalTime());
    }

    [Theory]
    [InlineData("""{"name":"ci","scopes":["leads:read"],"expires":"9999-12-31T23:00:00-05:00"}""")]
    [InlineData("""{"name":"ci","scopes":["leads:read"],"expires":"0001-01-01T00:00:00+05:00"}""")]
    [InlineData("""{"name":"ci","scopes":["leads:read"],"expires":"2027-02-30T00:00:00Z"}""")]
    public async Task An_instant_outside_the_calendar_once_in_utc_is_a_400(string body)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var problem = await AssertProblemAsync(await _identity.As(owner).PostAsync("/api/v1/api-keys", Json(body)), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("expires", out _), problem.GetRawText());
    }

    [Theory]
    [InlineData("9999-12")]
    [InlineData("0000-01")]
    [InlineData("2026-13")]
    public async Task A_cost_report_for_a_month_outside_the_calendar_is_a_400(string month)
    {
        var staff = await api.SignUpStaffAsync();
        var problem = await AssertProblemAsync(await _identity.As(staff.Token).GetAsync($"/api/v1/admin/infrastructure/costs?month={month}"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("month", out _));
    }

    [Fact]
    public async Task Vps_instance_billing_dates_at_an_offset_are_kept_in_utc()
    {
        var staff = await api.SignUpStaffAsync();
        var response = await _identity.As(staff.Token).PostAsync("/api/v1/admin/vps-instances", Json("""
            {"hostwindsInstanceId":"hw-1","ipAddress":"203.0.113.7","region":"us","monthlyCost":10,
             "currentBillingPeriodStart":"2027-01-01T00:00:00+05:00","currentBillingPeriodEnd":"2027-02-01T00:00:00-03:00"}
            """));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 19, 0, 0, TimeSpan.Zero), body.GetProperty("currentBillingPeriodStart").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2027, 2, 1, 3, 0, 0, TimeSpan.Zero), body.GetProperty("currentBillingPeriodEnd").GetDateTimeOffset());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string? body) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : Json(body) });

    private Task<string> RowCountsAsync() => api.PlatformScalarAsync<string>("""
        SELECT concat_ws(',', (SELECT count(*) FROM users), (SELECT count(*) FROM leads), (SELECT count(*) FROM tags),
            (SELECT count(*) FROM companies), (SELECT count(*) FROM api_keys), (SELECT count(*) FROM tenant_users),
            (SELECT count(*) FROM tenant_invitations), (SELECT string_agg(name, ',' ORDER BY id) FROM users))
        """);
}
