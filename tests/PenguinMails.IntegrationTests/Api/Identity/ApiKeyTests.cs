using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

/// <summary>Tenant API keys: shown once, stored hashed, scoped, gated by the plan, revocable.</summary>
public sealed class ApiKeyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_key_acts_in_its_tenant_within_its_scopes_without_a_tenant_header()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var (id, token) = await CreateKeyAsync(owner, ["leads:write", "templates:read"]);
        var key = KeyClient(token);

        Assert.Equal(HttpStatusCode.Created, (await key.PostAsJsonAsync("/api/v1/leads", new { email = "by-key@x.com" })).StatusCode);
        Assert.Single((await key.GetFromJsonAsync<JsonElement>("/api/v1/leads")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/templates")).StatusCode);
        await AssertProblemAsync(await key.PostAsJsonAsync("/api/v1/templates", new { name = "x" }), HttpStatusCode.Forbidden, "api-key-scope-missing");
        await AssertProblemAsync(await key.GetAsync("/api/v1/campaigns"), HttpStatusCode.Forbidden, "api-key-scope-missing");
        await AssertProblemAsync(await key.GetAsync("/api/v1/me"), HttpStatusCode.Forbidden, "api-key-not-allowed");
        await AssertProblemAsync(await key.GetAsync("/api/v1/api-keys"), HttpStatusCode.Forbidden, "api-key-not-allowed");

        var other = await _identity.SignUpVerifiedAsync();
        var elsewhere = KeyClient(token);
        elsewhere.DefaultRequestHeaders.Add("X-Tenant-Id", other.TenantId.ToString());
        await AssertProblemAsync(await elsewhere.GetAsync("/api/v1/leads"), HttpStatusCode.Forbidden, "api-key-other-tenant");

        var listed = (await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/api-keys")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.String, listed.GetProperty("lastUsed").ValueKind);
        Assert.DoesNotContain(token[15..], listed.GetRawText());
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_stored_only_as_a_hash()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var (id, token) = await CreateKeyAsync(owner, ["leads:read"]);

        Assert.StartsWith($"pm_{id:N}_", token);
        var stored = await api.PlatformScalarAsync<string>($"SELECT row_to_json(k)::text FROM api_keys k WHERE id = '{id}'");
        Assert.DoesNotContain(token[36..], stored);
        Assert.DoesNotContain(api.Factory.Logs.Entries, e => e.Text.Contains(token[36..], StringComparison.Ordinal));
        await AssertProblemAsync(await KeyClient(token[..^2] + "xx").GetAsync("/api/v1/leads"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await KeyClient($"pm_{Guid.NewGuid():N}_nothing").GetAsync("/api/v1/leads"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await KeyClient("pm_garbage").GetAsync("/api/v1/leads"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_revoked_or_expired_key_is_refused()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var (revokedId, revoked) = await CreateKeyAsync(owner, ["leads:read"]);
        var (expiredId, expired) = await CreateKeyAsync(owner, ["leads:read"], DateTimeOffset.UtcNow.AddDays(1));
        Assert.Equal(HttpStatusCode.OK, (await KeyClient(revoked).GetAsync("/api/v1/leads")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner).DeleteAsync($"/api/v1/api-keys/{revokedId}")).StatusCode);
        await api.PlatformExecuteAsync($"UPDATE api_keys SET expires = now() - interval '1 second' WHERE id = '{expiredId}'");

        await AssertProblemAsync(await KeyClient(revoked).GetAsync("/api/v1/leads"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await KeyClient(expired).GetAsync("/api/v1/leads"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Keys_need_a_plan_with_api_access_and_stop_working_without_one()
    {
        var free = await _identity.SignUpVerifiedAsync(plan: "free");
        await AssertProblemAsync(await _identity.As(free).PostAsJsonAsync("/api/v1/api-keys", new { name = "k", scopes = new[] { "leads:read" } }),
            HttpStatusCode.Forbidden, "api-access-not-in-plan");

        var owner = await _identity.SignUpVerifiedAsync();
        var (_, token) = await CreateKeyAsync(owner, ["leads:read"]);
        await api.PlatformExecuteAsync($"UPDATE subscriptions SET plan_id = (SELECT id FROM plans WHERE slug = 'free') WHERE tenant_id = '{owner.TenantId}' AND status <> 'canceled'");

        await AssertProblemAsync(await KeyClient(token).GetAsync("/api/v1/leads"), HttpStatusCode.Forbidden, "api-access-not-in-plan");
    }

    [Fact]
    public async Task Only_owners_and_admins_manage_keys_and_bad_scopes_are_refused()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var memberAccount = await _identity.SignUpVerifiedAsync();
        await _identity.AddMemberAsync(owner, memberAccount, "member");
        var member = _identity.As(memberAccount.Token, owner.TenantId);

        await AssertProblemAsync(await member.PostAsJsonAsync("/api/v1/api-keys", new { name = "k", scopes = new[] { "leads:read" } }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _identity.As(owner).PostAsJsonAsync("/api/v1/api-keys", new { name = "k", scopes = new[] { "everything:write" } }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await _identity.As(owner).PostAsJsonAsync("/api/v1/api-keys", new { name = "k", scopes = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await _identity.As(owner).PostAsJsonAsync("/api/v1/api-keys", new { name = "k", scopes = new[] { "leads:read" }, expires = DateTimeOffset.UtcNow.AddDays(-1) }), HttpStatusCode.BadRequest);
        var (otherKey, _) = await CreateKeyAsync(await _identity.SignUpVerifiedAsync(), ["leads:read"]);
        await AssertProblemAsync(await _identity.As(owner).DeleteAsync($"/api/v1/api-keys/{otherKey}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("demoted")]
    [InlineData("left")]
    public async Task A_key_stops_working_when_its_creator_stops_being_an_owner_or_admin(string how)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var admin = await _identity.SignUpVerifiedAsync(tenantName: "Admin's own");
        await _identity.AddMemberAsync(owner, admin, "admin");
        var adminAccount = admin with { TenantId = owner.TenantId };
        var (keyId, token) = await CreateKeyAsync(adminAccount, ["leads:read", "leads:write"]);
        var (ownersKeyId, ownersToken) = await CreateKeyAsync(owner, ["leads:read"]);
        Assert.Equal(HttpStatusCode.OK, (await KeyClient(token).GetAsync("/api/v1/leads")).StatusCode);

        var change = how switch
        {
            "removed" => await _identity.As(owner).DeleteAsync($"/api/v1/tenants/current/members/{admin.UserId}"),
            "demoted" => await _identity.As(owner).PatchAsJsonAsync($"/api/v1/tenants/current/members/{admin.UserId}", new { roles = new[] { "member" } }),
            _ => await _identity.As(admin.Token).DeleteAsync($"/api/v1/me/memberships/{owner.TenantId}"),
        };
        Assert.True(change.IsSuccessStatusCode, await change.Content.ReadAsStringAsync());

        await AssertProblemAsync(await KeyClient(token).GetAsync("/api/v1/leads"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await KeyClient(token).PostAsJsonAsync("/api/v1/leads", new { email = "late@example.com" }), HttpStatusCode.Unauthorized);
        var listed = (await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/api-keys")).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEqual(JsonValueKind.Null, listed.Single(k => k.GetProperty("id").GetGuid() == keyId).GetProperty("revoked").ValueKind);
        Assert.Equal(JsonValueKind.Null, listed.Single(k => k.GetProperty("id").GetGuid() == ownersKeyId).GetProperty("revoked").ValueKind);
        Assert.Equal(HttpStatusCode.OK, (await KeyClient(ownersToken).GetAsync("/api/v1/leads")).StatusCode);
    }

    private HttpClient KeyClient(string token)
    {
        var client = _identity.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<(Guid Id, string Token)> CreateKeyAsync(Account owner, string[] scopes, DateTimeOffset? expires = null)
    {
        var response = await _identity.As(owner).PostAsJsonAsync("/api/v1/api-keys", new { name = "Integration", scopes, expires });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("key").GetProperty("id").GetGuid(), created.GetProperty("token").GetString()!);
    }
}
