using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Workspace;

public sealed class TenantConfigTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Configuration_is_read_changed_and_cleared_field_by_field()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var initial = await client.GetFromJsonAsync<JsonElement>("/api/v1/tenant-config");
        Assert.Equal(JsonValueKind.Null, initial.GetProperty("billingAddress").ValueKind);

        var changed = await client.PatchAsync("/api/v1/tenant-config", Json("""
            {
              "billingEmail": "Billing@Example.com",
              "billingAddress": { "line1": "1 Main Street", "city": "Oslo", "postalCode": "0150", "country": "NO" },
              "notifyOnSecurityAlerts": true,
              "themePrimaryColor": "#1a2b3c",
              "themeLogoUrl": "https://cdn.example.com/logo.svg",
              "uiDateFormat": "DD.MM.YYYY",
              "uiTimezone": "Europe/Oslo"
            }
            """));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var config = await client.GetFromJsonAsync<JsonElement>("/api/v1/tenant-config");
        Assert.Equal("billing@example.com", config.GetProperty("billingEmail").GetString());
        Assert.Equal("0150", config.GetProperty("billingAddress").GetProperty("postalCode").GetString());
        Assert.Equal("#1A2B3C", config.GetProperty("themePrimaryColor").GetString());
        Assert.True(config.GetProperty("notifyOnSecurityAlerts").GetBoolean());
        Assert.False(config.GetProperty("notifyOnBillingChanges").GetBoolean());

        // Stored with the schema guide's snake_case keys.
        Assert.Equal("0150", await api.PlatformScalarAsync<string>($"SELECT billing_address->>'postal_code' FROM tenant_config WHERE tenant_id = '{owner.TenantId}'"));

        await client.PatchAsync("/api/v1/tenant-config", Json("""{"billingAddress": null, "themeLogoUrl": null}"""));
        var cleared = await client.GetFromJsonAsync<JsonElement>("/api/v1/tenant-config");
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("billingAddress").ValueKind);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("themeLogoUrl").ValueKind);
        Assert.Equal("Europe/Oslo", cleared.GetProperty("uiTimezone").GetString());
    }

    [Theory]
    [InlineData("""{"billingEmail":"not-an-address"}""", "billingEmail")]
    [InlineData("""{"billingAddress":{"line1":"x","city":"y","postalCode":"1","country":"XX"}}""", "billingAddress.country")]
    [InlineData("""{"billingAddress":{"line1":"x","city":"y","postalCode":"1","country":"no"}}""", "billingAddress.country")]
    [InlineData("""{"billingAddress":{"line1":"","city":"y","postalCode":"1","country":"NO"}}""", "billingAddress.line1")]
    [InlineData("""{"billingAddress":{"city":"y","postalCode":"1","country":"NO"}}""", "billingAddress.line1")]
    [InlineData("""{"themePrimaryColor":"red"}""", "themePrimaryColor")]
    [InlineData("""{"themePrimaryColor":"#12345"}""", "themePrimaryColor")]
    [InlineData("""{"themeFaviconUrl":"ftp://example.com/f.ico"}""", "themeFaviconUrl")]
    [InlineData("""{"uiDateFormat":"yyyy"}""", "uiDateFormat")]
    [InlineData("""{"uiTimezone":"Mars/Base"}""", "uiTimezone")]
    [InlineData("""{"notifyOnSystemUpdates":null}""", "notifyOnSystemUpdates")]
    [InlineData("""{"stripeCustomerId":"cus_123"}""", "stripeCustomerId")]
    public async Task Bad_configuration_is_refused_and_nothing_changes(string body, string field)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var before = await api.PlatformScalarAsync<string>($"SELECT row_to_json(c)::text FROM tenant_config c WHERE tenant_id = '{owner.TenantId}'");

        var response = await _identity.As(owner).PatchAsync("/api/v1/tenant-config", Json(body));

        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
        Assert.Equal(before, await api.PlatformScalarAsync<string>($"SELECT row_to_json(c)::text FROM tenant_config c WHERE tenant_id = '{owner.TenantId}'"));
    }

    [Fact]
    public async Task Members_read_the_configuration_and_only_owners_and_admins_change_it()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var member = await _identity.SignUpVerifiedAsync(tenantName: "Member's own");
        await _identity.AddMemberAsync(owner, member, "member");
        var asMember = _identity.As(member.Token, owner.TenantId);

        Assert.Equal(HttpStatusCode.OK, (await asMember.GetAsync("/api/v1/tenant-config")).StatusCode);
        await AssertProblemAsync(await asMember.PatchAsJsonAsync("/api/v1/tenant-config", new { notifyOnBillingChanges = true }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Tenant_b_never_sees_tenant_as_configuration()
    {
        var a = await _identity.SignUpVerifiedAsync(tenantName: "A");
        var b = await _identity.SignUpVerifiedAsync(tenantName: "B");
        await _identity.As(a).PatchAsJsonAsync("/api/v1/tenant-config", new { billingEmail = "a-billing@example.com" });

        var bConfig = await _identity.As(b).GetFromJsonAsync<JsonElement>("/api/v1/tenant-config");
        Assert.Equal(JsonValueKind.Null, bConfig.GetProperty("billingEmail").ValueKind);
        await AssertProblemAsync(await _identity.As(b.Token, a.TenantId).GetAsync("/api/v1/tenant-config"), HttpStatusCode.Forbidden);
    }
}
