using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.Identity.Application.Security;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api.Identity;

/// <summary>Sign-in failures as security events: one per attempt, with the request's context, never the password.</summary>
public sealed class SecurityEventTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_wrong_password_is_one_authentication_failure_with_the_account_and_request()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        const string wrong = "not-the-password-5e1d";

        var response = await _identity.LogInAsync(owner.Email, wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var failure = Assert.Single(EventsFor(owner.UserId), e => e.Name == SecurityEventNames.AuthenticationFailures);
        Assert.Equal("wrong_password", failure.Properties["reason"]);
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), failure.Properties["request_id"]);
        Assert.DoesNotContain(api.Factory.Events.Events, e => e.Properties.Values.Any(v => v?.ToString()?.Contains(wrong, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task An_unknown_address_is_an_authentication_failure_without_an_account()
    {
        var before = api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "unknown_account"));
        await _identity.LogInAsync(IdentityClient.NewEmail("nobody"), "whatever-password-1!");
        Assert.Equal(before + 1, api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "unknown_account")));
    }

    [Fact]
    public async Task The_attempt_that_locks_an_account_is_also_suspicious_and_later_attempts_say_locked()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await _identity.LogInAsync(owner.Email, "wrong-password-" + attempt);
        }

        await _identity.LogInAsync(owner.Email, IdentityClient.Password);

        var events = EventsFor(owner.UserId);
        Assert.Equal(5, events.Count(e => Equals(e.Properties["reason"], "wrong_password")));
        Assert.Single(events, e => e.Name == SecurityEventNames.SuspiciousActivity && Equals(e.Properties["reason"], "lockout"));
        Assert.Single(events, e => Equals(e.Properties["reason"], "locked"));
    }

    [Fact]
    public async Task A_wrong_two_factor_code_and_a_forged_challenge_are_authentication_failures()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var setup = await (await _identity.As(owner.Token).PostAsync("/api/v1/me/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        var secret = setup.GetProperty("secret").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner.Token).PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = Totp.Code(secret, DateTimeOffset.UtcNow) })).StatusCode);
        var challenge = (await (await _identity.LogInAsync(owner.Email, owner.Password)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challengeToken").GetString();
        var now = DateTimeOffset.UtcNow;
        var valid = new[] { -30, 0, 30 }.Select(s => Totp.Code(secret, now.AddSeconds(s))).ToHashSet();
        var wrong = Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !valid.Contains(c));

        await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge, code = wrong });
        var forgedBefore = api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "invalid_token"));
        await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = "forged", code = "123456" });

        Assert.Single(EventsFor(owner.UserId), e => Equals(e.Properties["reason"], "bad_2fa_code"));
        Assert.Equal(forgedBefore + 1, api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "invalid_token")));
        Assert.DoesNotContain(api.Factory.Events.Events, e => e.Properties.Values.Any(v => v?.ToString() == wrong));
    }

    [Fact]
    public async Task A_forged_access_token_is_one_invalid_token_failure()
    {
        var requestId = Guid.NewGuid().ToString("N");
        var client = _identity.As("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged");
        client.DefaultRequestHeaders.Add("X-Request-Id", requestId);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);

        var failure = Assert.Single(api.Factory.Events.Events, e => Equals(e.Properties["request_id"], requestId));
        Assert.Equal(SecurityEventNames.AuthenticationFailures, failure.Name);
        Assert.Equal("invalid_token", failure.Properties["reason"]);
        Assert.Equal("GET", failure.Properties["method"]);
        Assert.Equal("/api/v1/me", failure.Properties["path"]);
        Assert.True(failure.Properties.ContainsKey("source_ip")); // the test server has no remote address to fill it with
    }

    [Fact]
    public async Task A_token_of_a_signed_out_session_is_a_session_ended_failure_of_its_account()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner.Token).PostAsync("/api/v1/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _identity.As(owner).GetAsync("/api/v1/leads")).StatusCode);

        var failure = Assert.Single(EventsFor(owner.UserId), e => e.Name == SecurityEventNames.AuthenticationFailures);
        Assert.Equal("session_ended", failure.Properties["reason"]);
        Assert.DoesNotContain(api.Factory.Events.Events, e => e.Properties.Values.Any(v => v?.ToString()?.Contains(owner.Token, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Unknown_and_revoked_api_keys_are_failures_naming_the_key_and_never_its_secret()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var created = await (await _identity.As(owner).PostAsJsonAsync("/api/v1/api-keys", new { name = "events", scopes = new[] { "leads:read" } })).Content.ReadFromJsonAsync<JsonElement>();
        var keyId = created.GetProperty("key").GetProperty("id").GetGuid();
        var token = created.GetProperty("token").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner).DeleteAsync($"/api/v1/api-keys/{keyId}")).StatusCode);
        var unknownRequest = Guid.NewGuid().ToString("N");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _identity.As(token).GetAsync("/api/v1/leads")).StatusCode);
        var unknown = _identity.As("pm_not-a-key");
        unknown.DefaultRequestHeaders.Add("X-Request-Id", unknownRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("/api/v1/leads")).StatusCode);

        var revoked = Assert.Single(api.Factory.Events.Events, e => Equals(e.Properties["api_key_id"], keyId));
        Assert.Equal("api_key_revoked", revoked.Properties["reason"]);
        Assert.Equal("invalid_api_key", Assert.Single(api.Factory.Events.Events, e => Equals(e.Properties["request_id"], unknownRequest)).Properties["reason"]);
        Assert.DoesNotContain(api.Factory.Events.Events, e => e.Properties.Values.Any(v => v?.ToString()?.Contains(token, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task An_api_key_on_a_route_outside_its_reach_is_misuse_once_with_the_refusal_code()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var created = await (await _identity.As(owner).PostAsJsonAsync("/api/v1/api-keys", new { name = "events", scopes = new[] { "leads:read" } })).Content.ReadFromJsonAsync<JsonElement>();
        var keyId = created.GetProperty("key").GetProperty("id").GetGuid();
        var key = _identity.As(created.GetProperty("token").GetString()!);

        Assert.Equal(HttpStatusCode.Forbidden, (await key.GetAsync("/api/v1/api-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await key.PostAsJsonAsync("/api/v1/leads", new { email = "x@example.com" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/leads")).StatusCode);

        var misuse = api.Factory.Events.Events.Where(e => Equals(e.Properties["api_key_id"], keyId)).ToList();
        Assert.Equal(2, misuse.Count);
        Assert.All(misuse, e => Assert.Equal((SecurityEventNames.SuspiciousActivity, "api_key_misuse", (object?)owner.TenantId), (e.Name, (string)e.Properties["reason"]!, e.Properties["tenant_id"])));
        Assert.Equal(["api-key-not-allowed", "api-key-scope-missing"], misuse.Select(e => (string)e.Properties["code"]!).Order());
    }

    [Fact]
    public async Task Naming_a_tenant_one_is_not_a_member_of_is_suspicious()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var stranger = await _identity.SignUpVerifiedAsync(tenantName: "Elsewhere");

        Assert.Equal(HttpStatusCode.Forbidden, (await _identity.As(stranger.Token, owner.TenantId).GetAsync("/api/v1/leads")).StatusCode);

        var suspicious = Assert.Single(EventsFor(stranger.UserId));
        Assert.Equal((SecurityEventNames.SuspiciousActivity, "other_tenant_requested"), (suspicious.Name, suspicious.Properties["reason"]));
        Assert.Equal(owner.TenantId, suspicious.Properties["requested_tenant_id"]);
    }

    [Fact]
    public async Task Asking_for_another_tenants_object_is_suspicious_but_a_made_up_id_is_not()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var other = await _identity.SignUpVerifiedAsync(tenantName: "Prober");
        var lead = (await (await _identity.As(owner).PostAsJsonAsync("/api/v1/leads", new { email = IdentityClient.NewEmail("lead") })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await _identity.As(other).GetAsync($"/api/v1/leads/{lead}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _identity.As(other).DeleteAsync($"/api/v1/leads/{lead}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _identity.As(other).GetAsync($"/api/v1/leads/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _identity.As(owner).GetAsync($"/api/v1/leads/{Guid.NewGuid()}")).StatusCode);

        var probes = EventsFor(other.UserId);
        Assert.Equal(2, probes.Count);
        Assert.All(probes, e =>
        {
            Assert.Equal((SecurityEventNames.SuspiciousActivity, "cross_tenant_object", (object?)other.TenantId), (e.Name, (string)e.Properties["reason"]!, e.Properties["tenant_id"]));
            Assert.Equal([lead.ToString()], (string[])e.Properties["object_ids"]!);
        });
        Assert.Empty(EventsFor(owner.UserId));
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(owner).GetAsync($"/api/v1/leads/{lead}")).StatusCode);
    }

    [Fact]
    public async Task The_tenth_403_to_one_caller_within_a_minute_is_one_repeated_forbidden_event()
    {
        var user = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(user.Token);
        for (var attempt = 0; attempt < 12; attempt++)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/metrics")).StatusCode);
        }

        var repeated = Assert.Single(EventsFor(user.UserId));
        Assert.Equal((SecurityEventNames.SuspiciousActivity, "repeated_forbidden", 10), (repeated.Name, repeated.Properties["reason"], repeated.Properties["forbidden_count"]));
    }

    private List<AnalyticsEvent> EventsFor(Guid userId) => api.Factory.Events.Events.Where(e => Equals(e.Properties["user_id"], userId)).ToList();
}
