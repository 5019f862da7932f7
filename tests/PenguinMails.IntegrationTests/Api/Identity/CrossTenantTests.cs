using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

/// <summary>Tenant A's owner cannot read or change anything of tenant B, whatever id or header it sends.</summary>
public sealed class CrossTenantTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_owner_naming_tenant_b_in_the_header_is_refused_everywhere_and_b_is_unchanged()
    {
        var a = await _identity.SignUpVerifiedAsync(tenantName: "Tenant A");
        var b = await _identity.SignUpVerifiedAsync(tenantName: "Tenant B");
        var invitation = await (await _identity.As(b).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var invitationId = invitation.GetProperty("invitation").GetProperty("id").GetGuid();
        var before = await SnapshotAsync(b.TenantId);

        var intruder = _identity.As(a.Token, b.TenantId);
        var attempts = new[]
        {
            await intruder.GetAsync("/api/v1/tenants/current"),
            await intruder.PatchAsJsonAsync("/api/v1/tenants/current", new { name = "Pwned" }),
            await intruder.DeleteAsync("/api/v1/tenants/current"),
            await intruder.GetAsync("/api/v1/tenants/current/members"),
            await intruder.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = a.Email, roles = new[] { "owner" } }),
            await intruder.PatchAsJsonAsync($"/api/v1/tenants/current/members/{b.UserId}", new { roles = new[] { "member" } }),
            await intruder.DeleteAsync($"/api/v1/tenants/current/members/{b.UserId}"),
            await intruder.GetAsync("/api/v1/tenants/current/invitations"),
            await intruder.PostAsync($"/api/v1/tenants/current/invitations/{invitationId}/approve", null),
            await intruder.DeleteAsync($"/api/v1/tenants/current/invitations/{invitationId}"),
            await intruder.GetAsync("/api/v1/tenants/current/policies"),
            await intruder.PatchAsJsonAsync("/api/v1/tenants/current/policies", new { maxLoginAttempts = 100 }),
        };

        foreach (var response in attempts)
        {
            var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden);
            Assert.EndsWith("/not-a-member", problem.GetProperty("type").GetString());
        }

        Assert.Equal(before, await SnapshotAsync(b.TenantId));
    }

    [Fact]
    public async Task Ids_of_tenant_b_used_inside_tenant_a_are_not_found()
    {
        var a = await _identity.SignUpVerifiedAsync(tenantName: "Tenant A");
        var b = await _identity.SignUpVerifiedAsync(tenantName: "Tenant B");
        var invitation = await (await _identity.As(b).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var invitationId = invitation.GetProperty("invitation").GetProperty("id").GetGuid();
        var before = await SnapshotAsync(b.TenantId);
        var client = _identity.As(a);

        await AssertProblemAsync(await client.PostAsync($"/api/v1/tenants/current/invitations/{invitationId}/approve", null), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.DeleteAsync($"/api/v1/tenants/current/invitations/{invitationId}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.PatchAsJsonAsync($"/api/v1/tenants/current/members/{b.UserId}", new { roles = new[] { "member" } }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await client.DeleteAsync($"/api/v1/tenants/current/members/{b.UserId}"), HttpStatusCode.NotFound);

        Assert.Equal(before, await SnapshotAsync(b.TenantId));
    }

    [Fact]
    public async Task An_unknown_tenant_is_404_and_a_malformed_header_is_400()
    {
        var a = await _identity.SignUpVerifiedAsync();
        await AssertProblemAsync(await _identity.As(a.Token, Guid.NewGuid()).GetAsync("/api/v1/tenants/current"), HttpStatusCode.NotFound);

        var client = _identity.As(a.Token);
        client.DefaultRequestHeaders.Add("X-Tenant-Id", "not-a-uuid");
        await AssertProblemAsync(await client.GetAsync("/api/v1/tenants/current"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await _identity.As(a.Token).GetAsync("/api/v1/tenants/current"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_user_sees_only_their_own_memberships_even_in_the_database()
    {
        var a = await _identity.SignUpVerifiedAsync(tenantName: "Tenant A");
        var b = await _identity.SignUpVerifiedAsync(tenantName: "Tenant B");
        await _identity.AddMemberAsync(b, a, "member");

        var me = await _identity.As(a.Token).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(new[] { a.TenantId, b.TenantId }.Order(), me.GetProperty("memberships").EnumerateArray().Select(m => m.GetProperty("tenantId").GetGuid()).Order());

        // As the API's role with only a user context: that user's memberships, nobody else's.
        await using var connection = new Npgsql.NpgsqlConnection(api.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("CALL set_app_context(NULL, @u); SELECT count(*), count(*) FILTER (WHERE user_id <> @u) FROM tenant_users", connection);
        command.Parameters.AddWithValue("u", a.UserId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(2L, reader.GetInt64(0));
        Assert.Equal(0L, reader.GetInt64(1));
    }

    private Task<string> SnapshotAsync(Guid tenantId) => api.PlatformScalarAsync<string>($"""
        SELECT concat_ws('|',
            (SELECT row_to_json(t)::text FROM tenants t WHERE id = '{tenantId}'),
            (SELECT row_to_json(p)::text FROM tenant_policies p WHERE tenant_id = '{tenantId}'),
            (SELECT json_agg(m ORDER BY user_id)::text FROM tenant_users m WHERE tenant_id = '{tenantId}'),
            (SELECT json_agg(i ORDER BY id)::text FROM tenant_invitations i WHERE tenant_id = '{tenantId}'))
        """);
}
