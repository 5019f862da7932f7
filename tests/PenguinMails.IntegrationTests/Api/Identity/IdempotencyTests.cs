using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

/// <summary>Idempotency-Key on POST: retries answered from the store, conflicting reuse refused, concurrent retries run once, abandoned claims taken over.</summary>
public sealed class IdempotencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_retry_gets_the_first_answer_without_doing_the_work_again()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);

        var first = await PostAsync(client, "retry-1", new { name = "Once" });
        var second = await PostAsync(client, "retry-1", new { name = "Once" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1L, await TemplatesAsync(owner));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_conflict()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, "reused", new { name = "A" })).StatusCode);

        await AssertProblemAsync(await PostAsync(client, "reused", new { name = "B" }), HttpStatusCode.Conflict, "idempotency-key-reused");
        Assert.Equal(1L, await TemplatesAsync(owner));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_exactly_one_row()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(client, "concurrent", new { name = "Only one" })));

        // Each one ran it, replayed its answer, or found it still running (409 in use).
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains("Idempotent-Replayed"));
        foreach (var busy in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            await AssertProblemAsync(busy, HttpStatusCode.Conflict, "idempotency-key-in-use");
        }

        var created = answers.Where(a => a.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(created.Select(async a => (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1L, await TemplatesAsync(owner));
    }

    [Fact]
    public async Task A_retry_while_the_first_request_runs_is_told_to_come_back()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        const string body = """{"name":"Running"}""";
        await ClaimAsync(owner, "running", body, age: TimeSpan.FromSeconds(1));

        var answer = await PostRawAsync(_identity.As(owner), "running", body);

        await AssertProblemAsync(answer, HttpStatusCode.Conflict, "idempotency-key-in-use");
        Assert.Equal(TimeSpan.FromSeconds(1), answer.Headers.RetryAfter?.Delta);
        Assert.Equal(0L, await TemplatesAsync(owner));
    }

    [Fact]
    public async Task A_claim_whose_request_never_answered_is_taken_over_after_its_lease()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        const string body = """{"name":"Orphaned"}""";
        await ClaimAsync(owner, "orphaned", body, age: IIdempotencyStore.ClaimLease + TimeSpan.FromSeconds(5));

        var answer = await PostRawAsync(_identity.As(owner), "orphaned", body);
        var retry = await PostRawAsync(_identity.As(owner), "orphaned", body);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (answer.StatusCode, retry.StatusCode));
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1L, await TemplatesAsync(owner));
    }

    [Fact]
    public async Task Keys_belong_to_their_tenant_and_are_well_formed()
    {
        var a = await _identity.SignUpVerifiedAsync();
        var b = await _identity.SignUpVerifiedAsync();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(_identity.As(a), "shared-key", new { name = "A's" })).StatusCode);
        var other = await PostAsync(_identity.As(b), "shared-key", new { name = "B's" });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode); // another tenant's key space
        Assert.False(other.Headers.Contains("Idempotent-Replayed"));

        await AssertProblemAsync(await PostAsync(_identity.As(a), new string('k', 256), new { name = "x" }), HttpStatusCode.BadRequest, "invalid-idempotency-key");
        var anonymous = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email = a.Email, password = IdentityClient.Password }) };
        anonymous.Headers.Add("Idempotency-Key", "k1");
        await AssertProblemAsync(await _identity.Anonymous().SendAsync(anonymous), HttpStatusCode.BadRequest, "invalid-idempotency-key");
    }

    [Fact]
    public async Task A_signed_in_post_outside_a_tenant_is_kept_per_user()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        HttpRequestMessage NewTenant()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tenants") { Content = JsonContent.Create(new { name = "Second" }) };
            request.Headers.Add("Idempotency-Key", "new-tenant");
            return request;
        }

        var first = await _identity.As(owner.Token).SendAsync(NewTenant());
        var retry = await _identity.As(owner.Token).SendAsync(NewTenant());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((first.StatusCode, await first.Content.ReadAsStringAsync()), (retry.StatusCode, await retry.Content.ReadAsStringAsync()));
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM tenants WHERE name = 'Second' AND id IN (SELECT tenant_id FROM tenant_users WHERE user_id = '{owner.UserId}')"));
    }

    [Fact]
    public async Task A_member_sending_an_owners_key_and_body_is_refused_and_never_given_the_owners_answer()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var member = await MemberOfAsync(owner, "member");
        var body = new { name = "ci", scopes = new[] { "leads:read" } };
        var created = await SendAsync(_identity.As(owner), "/api/v1/api-keys", "create-ci-key", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var replay = await SendAsync(_identity.As(member.Token, owner.TenantId), "/api/v1/api-keys", "create-ci-key", body);

        await AssertProblemAsync(replay, HttpStatusCode.Conflict, "idempotency-key-reused");
        Assert.False(replay.Headers.Contains("Idempotent-Replayed"));
        Assert.DoesNotContain("pm_", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_whose_roles_changed_since_is_refused_rather_than_replayed()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var admin = await MemberOfAsync(owner, "admin");
        var body = new { name = "Before demotion" };
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(_identity.As(admin.Token, owner.TenantId), "/api/v1/templates", "demoted", body)).StatusCode);
        await api.PlatformExecuteAsync($"UPDATE tenant_users SET roles = ARRAY['member'] WHERE tenant_id = '{owner.TenantId}' AND user_id = '{admin.UserId}'");

        var retry = await SendAsync(_identity.As(admin.Token, owner.TenantId), "/api/v1/templates", "demoted", body);

        await AssertProblemAsync(retry, HttpStatusCode.Conflict, "idempotency-key-reused");
    }

    [Fact]
    public async Task An_api_keys_token_is_never_kept_with_its_idempotency_key_and_a_retry_is_told_it_was_shown_once()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var body = new { name = "ci", scopes = new[] { "leads:read" } };
        var created = await SendAsync(_identity.As(owner), "/api/v1/api-keys", "key-once", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        Assert.Equal(0L, await api.PlatformScalarAsync<long>(
            $"SELECT count(*) FROM idempotency_keys WHERE position(convert_to('{token}', 'UTF8') IN body) > 0 OR position(convert_to('{token[^12..]}', 'UTF8') IN body) > 0"));
        var retry = await SendAsync(_identity.As(owner), "/api/v1/api-keys", "key-once", body);
        var problem = await AssertProblemAsync(retry, HttpStatusCode.Conflict, "idempotency-key-secret-withheld");
        Assert.Equal(201, problem.GetProperty("originalStatus").GetInt32());
        Assert.Equal(created.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM api_keys WHERE tenant_id = '{owner.TenantId}'"));
    }

    [Fact]
    public async Task A_totp_secret_is_never_kept_with_its_idempotency_key()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var setup = await SendAsync(_identity.As(owner), "/api/v1/me/2fa/setup", "totp-once", null);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        var secret = (await setup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;

        Assert.Equal(0L, await api.PlatformScalarAsync<long>(
            $"SELECT count(*) FROM idempotency_keys WHERE position(convert_to('{secret}', 'UTF8') IN body) > 0 OR position('otpauth' IN convert_from(body, 'UTF8')) > 0"));
        await AssertProblemAsync(await SendAsync(_identity.As(owner), "/api/v1/me/2fa/setup", "totp-once", null), HttpStatusCode.Conflict, "idempotency-key-secret-withheld");
    }

    /// <summary>A second verified account made a member of <paramref name="owner"/>'s tenant with one role.</summary>
    private async Task<Account> MemberOfAsync(Account owner, string role)
    {
        var other = await _identity.SignUpVerifiedAsync(tenantName: "Own");
        await api.PlatformExecuteAsync($"""
            INSERT INTO tenant_users (tenant_id, user_id, roles, email) VALUES ('{owner.TenantId}', '{other.UserId}', ARRAY['{role}'], '{other.Email}')
            """);
        return other;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string key, object? body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/templates") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/templates") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    /// <summary>The row a request running elsewhere would hold: claimed <paramref name="age"/> ago for this very request.</summary>
    private Task ClaimAsync(Account owner, string key, string json, TimeSpan age)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"POST /api/v1/templates\n{owner.UserId}  owner\n" + json)));
        return api.PlatformExecuteAsync($"""
            INSERT INTO idempotency_keys (tenant_id, key, request_hash, created)
            VALUES ('{owner.TenantId}', '{key}', '\x{hash}', now() - interval '{(int)age.TotalSeconds} seconds')
            """);
    }

    private Task<long> TemplatesAsync(Account owner) => api.PlatformScalarAsync<long>($"SELECT count(*) FROM templates WHERE tenant_id = '{owner.TenantId}'");
}
