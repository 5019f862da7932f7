using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Staff;

/// <summary>Changes to who may do what, to platform configuration and to tenant policies: one incident each, after commit.</summary>
public sealed class SecurityIncidentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Granting_changing_and_revoking_staff_are_one_incident_each_naming_the_member()
    {
        var (admin, adminAccount) = await StaffAsync("super_admin");
        var candidate = await _identity.SignUpVerifiedAsync(tenantName: "Candidate");

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/staff", new { email = candidate.Email, role = "support" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/admin/staff/{candidate.UserId}", new { role = "super_admin" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/staff/{candidate.UserId}")).StatusCode);

        var incidents = IncidentsBy(adminAccount.UserId);
        Assert.Equal(["staff_granted", "staff_changed", "staff_revoked"], incidents.Select(e => (string)e.Properties["reason"]!));
        Assert.All(incidents, e => Assert.Equal(candidate.UserId.ToString(), e.Properties["subject"]));
    }

    [Fact]
    public async Task A_refused_change_is_no_incident()
    {
        var (admin, adminAccount) = await StaffAsync("super_admin");

        await AssertProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new { email = adminAccount.Email, role = "support" }), HttpStatusCode.Conflict);
        await AssertProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/roles", new { name = "Not Valid", permissions = new[] { "flags.manage" } }), HttpStatusCode.BadRequest);

        Assert.Empty(IncidentsBy(adminAccount.UserId));
    }

    [Fact]
    public async Task Role_permission_changes_are_incidents_naming_the_role()
    {
        var (admin, adminAccount) = await StaffAsync("super_admin");

        var role = (await (await admin.PostAsJsonAsync("/api/v1/admin/roles", new { name = "incident_role", permissions = new[] { "flags.manage" } })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/admin/roles/{role}", new { permissions = new[] { "flags.manage", "config.manage" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/roles/{role}")).StatusCode);

        var incidents = IncidentsBy(adminAccount.UserId);
        Assert.Equal(["staff_role_created", "staff_role_updated", "staff_role_deleted"], incidents.Select(e => (string)e.Properties["reason"]!));
        Assert.All(incidents, e => Assert.Equal(role.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Properties["subject"]));
    }

    [Fact]
    public async Task Configuration_changes_are_incidents_that_name_the_key_and_never_carry_the_value()
    {
        const string secret = "sk_live_incident_7a6b5c";
        var (admin, adminAccount) = await StaffAsync("super_admin");

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync("/api/v1/admin/system-config/stripe.secret_key", Json($$"""{"value":"{{secret}}","isSensitive":true}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync("/api/v1/admin/system-config/platform.name", Json("""{"value":"PenguinMails"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/admin/system-config/platform.name")).StatusCode);

        var incidents = IncidentsBy(adminAccount.UserId);
        Assert.Equal([("sensitive_config_changed", "stripe.secret_key"), ("config_changed", "platform.name"), ("config_deleted", "platform.name")],
            incidents.Select(e => ((string)e.Properties["reason"]!, (string)e.Properties["subject"]!)));
        Assert.DoesNotContain(api.Factory.Events.Events, e => e.Properties.Values.Any(v => v?.ToString()?.Contains(secret, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task A_tenant_policy_change_is_an_incident_in_the_tenant_naming_the_policies_changed()
    {
        var owner = await _identity.SignUpVerifiedAsync();

        Assert.Equal(HttpStatusCode.OK, (await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { maxLoginAttempts = 7, twoFactorRequired = false })).StatusCode);
        await AssertProblemAsync(await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { maxLoginAttempts = -1 }), HttpStatusCode.BadRequest);

        var incident = Assert.Single(IncidentsBy(owner.UserId));
        Assert.Equal(("tenant_policies_changed", "maxLoginAttempts,twoFactorRequired", (object?)owner.TenantId),
            ((string)incident.Properties["reason"]!, (string)incident.Properties["subject"]!, incident.Properties["tenant_id"]));
    }

    [Fact]
    public async Task The_database_refusing_a_write_into_another_tenant_is_reported_as_row_security_not_found()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var other = await _identity.SignUpVerifiedAsync(tenantName: "Other");
        await using var connection = new NpgsqlConnection(api.AppConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT set_config('app.current_tenant_id', '{owner.TenantId}', true);
            INSERT INTO leads (tenant_id, email) VALUES ('{other.TenantId}', 'planted@example.com');
            """, connection, transaction);

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        var translated = api.Factory.Services.GetServices<IExceptionTranslator>().Select(t => t.Translate(refusal)).OfType<NotFoundException>().Single();
        Assert.True(translated.RefusedByRowSecurity);
    }

    private List<AnalyticsEvent> IncidentsBy(Guid userId) =>
        api.Factory.Events.Events.Where(e => e.Name == SecurityEventNames.SecurityIncidents && Equals(e.Properties["user_id"], userId)).ToList();

    private async Task<(HttpClient Client, Account Account)> StaffAsync(string role)
    {
        var account = await api.SignUpStaffAsync(role);
        return (_identity.As(account.Token), account);
    }
}
