using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Deliverability;

/// <summary>Staff managing VPS instances, sending IPs and their assignment to tenants' domains, and the monthly cost report.</summary>
public sealed class SendingInfrastructureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task An_instance_goes_from_provisioning_to_decommissioned_and_refuses_other_moves()
    {
        var staff = await StaffAsync();
        var instance = await CreateInstanceAsync(staff, 40m);

        Assert.Equal("provisioning", instance.GetProperty("status").GetString());
        await AssertProblemAsync(await Patch(staff, $"vps-instances/{Id(instance)}", """{"status":"scheduled_decommission"}"""), HttpStatusCode.Conflict, "invalid-status-transition");
        Assert.Equal("active", (await PatchOk(staff, $"vps-instances/{Id(instance)}", """{"status":"active"}""")).GetProperty("status").GetString());
        await AssertProblemAsync(await Patch(staff, $"vps-instances/{Id(instance)}", """{"status":"scheduled_decommission"}"""), HttpStatusCode.Conflict, "decommission-date-required");
        var scheduled = await PatchOk(staff, $"vps-instances/{Id(instance)}", """{"status":"scheduled_decommission","decommissionScheduledFor":"2026-12-31T00:00:00Z"}""");
        Assert.Equal(DateTimeOffset.Parse("2026-12-31T00:00:00Z"), scheduled.GetProperty("decommissionScheduledFor").GetDateTimeOffset());
        Assert.Equal("decommissioned", (await PatchOk(staff, $"vps-instances/{Id(instance)}", """{"status":"decommissioned"}""")).GetProperty("status").GetString());
        var final = await AssertProblemAsync(await Patch(staff, $"vps-instances/{Id(instance)}", """{"status":"active"}"""), HttpStatusCode.Conflict, "invalid-status-transition");
        Assert.Contains("final", final.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_ip_moves_along_its_states_and_burned_is_final()
    {
        var staff = await StaffAsync();
        var ip = await CreateIpAsync(staff, Id(await CreateInstanceAsync(staff, 10m)), 3m);

        Assert.Equal("available", ip.GetProperty("status").GetString());
        Assert.Equal("warming", (await PatchOk(staff, $"smtp-ips/{Id(ip)}", """{"status":"warming"}""")).GetProperty("status").GetString());
        await AssertProblemAsync(await Patch(staff, $"smtp-ips/{Id(ip)}", """{"status":"available"}"""), HttpStatusCode.Conflict, "invalid-status-transition");
        Assert.Equal("warmed", (await PatchOk(staff, $"smtp-ips/{Id(ip)}", """{"status":"warmed"}""")).GetProperty("status").GetString());
        var checkedIp = await PatchOk(staff, $"smtp-ips/{Id(ip)}", """{"reputationState":"poor","providerBlacklistStatus":{"spamhaus":{"listed":true,"checkedAt":"2026-11-22T10:00:00Z","detail":"SBL"}}}""");
        Assert.Equal("poor", checkedIp.GetProperty("reputationState").GetString());
        Assert.True(checkedIp.GetProperty("providerBlacklistStatus").GetProperty("spamhaus").GetProperty("listed").GetBoolean());
        Assert.Equal(JsonValueKind.String, checkedIp.GetProperty("lastReputationCheck").ValueKind);
        Assert.Equal("burned", (await PatchOk(staff, $"smtp-ips/{Id(ip)}", """{"status":"burned"}""")).GetProperty("status").GetString());
        await AssertProblemAsync(await Patch(staff, $"smtp-ips/{Id(ip)}", """{"status":"degraded"}"""), HttpStatusCode.Conflict, "invalid-status-transition");
    }

    [Fact]
    public async Task Assigning_counts_on_the_ip_refuses_burned_ones_and_blocks_decommissioning_until_expired()
    {
        var staff = await StaffAsync();
        var (tenant, domainId) = await TenantDomainAsync("assigned.com");
        var instance = await CreateInstanceAsync(staff, 20m);
        await PatchOk(staff, $"vps-instances/{Id(instance)}", """{"status":"active"}""");
        var ip = await CreateIpAsync(staff, Id(instance), 5m);

        var assignment = await CreateAssignmentAsync(staff, domainId, Id(ip));
        Assert.Equal(tenant.TenantId, assignment.GetProperty("tenantId").GetGuid());
        var listed = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/admin/smtp-ips?vpsInstanceId={Id(instance)}");
        var assigned = listed.GetProperty("items")[0];
        Assert.Equal(("assigned", 1), (assigned.GetProperty("status").GetString(), assigned.GetProperty("assignedCount").GetInt32()));
        await AssertProblemAsync(await staff.PostAsJsonAsync("/api/v1/admin/domain-ip-assignments", new { domainId, smtpIpAddressId = Id(ip) }), HttpStatusCode.Conflict, "already-assigned");

        await PatchOk(staff, $"vps-instances/{Id(instance)}", """{"status":"scheduled_decommission","decommissionScheduledFor":"2027-01-01T00:00:00Z"}""");
        await AssertProblemAsync(await Patch(staff, $"vps-instances/{Id(instance)}", """{"status":"decommissioned"}"""), HttpStatusCode.Conflict, "instance-has-active-assignments");

        Assert.Equal("expired", (await PatchOk(staff, $"domain-ip-assignments/{Id(assignment)}", """{"status":"expired"}""")).GetProperty("status").GetString());
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>($"/api/v1/admin/smtp-ips?vpsInstanceId={Id(instance)}")).GetProperty("items")[0].GetProperty("assignedCount").GetInt32());
        await AssertProblemAsync(await Patch(staff, $"domain-ip-assignments/{Id(assignment)}", """{"status":"active"}"""), HttpStatusCode.Conflict, "invalid-status-transition");
        Assert.Equal("decommissioned", (await PatchOk(staff, $"vps-instances/{Id(instance)}", """{"status":"decommissioned"}""")).GetProperty("status").GetString());

        // A domain deleted with a live assignment gives the IP its place back.
        var other = await CreateIpAsync(staff, Id(await CreateInstanceAsync(staff, 1m)), 1m);
        await CreateAssignmentAsync(staff, domainId, Id(other));
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(tenant).DeleteAsync($"/api/v1/domains/{domainId}")).StatusCode);
        Assert.Equal(0, await api.PlatformScalarAsync<int>($"SELECT assigned_count FROM smtp_ip_addresses WHERE id = '{Id(other)}'"));

        var (_, anotherDomain) = await TenantDomainAsync("assigned-again.com");
        domainId = anotherDomain;
        var burned = await CreateIpAsync(staff, Id(await CreateInstanceAsync(staff, 1m)), 1m);
        await PatchOk(staff, $"smtp-ips/{Id(burned)}", """{"status":"burned"}""");
        await AssertProblemAsync(await staff.PostAsJsonAsync("/api/v1/admin/domain-ip-assignments", new { domainId, smtpIpAddressId = Id(burned) }), HttpStatusCode.Conflict, "ip-not-assignable");
    }

    [Fact]
    public async Task The_tenant_sees_its_assignments_only_through_its_domains_and_staff_rules_stay_out_of_tenant_routes()
    {
        var staffAccount = await _identity.SignUpVerifiedAsync(tenantName: "Staff's own tenant");
        await api.GrantStaffAsync(staffAccount.UserId, "super_admin");
        var (_, otherDomain) = await TenantDomainAsync("someone-elses.com");

        // Inside their own tenant a staff member is an ordinary member: no other tenant's domain is visible.
        var domains = await _identity.As(staffAccount).GetFromJsonAsync<JsonElement>("/api/v1/domains");
        Assert.DoesNotContain(domains.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetGuid() == otherDomain);
        await AssertProblemAsync(await _identity.As(staffAccount).GetAsync($"/api/v1/domains/{otherDomain}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_without_the_infrastructure_permission_are_refused_and_bad_input_is_a_400()
    {
        var support = await StaffAsync("support");
        await AssertProblemAsync(await support.GetAsync("/api/v1/admin/vps-instances"), HttpStatusCode.Forbidden, "staff-permission-required");

        var staff = await StaffAsync();
        await AssertProblemAsync(await staff.PostAsJsonAsync("/api/v1/admin/vps-instances", new { ipAddress = "300.1.1.1", monthlyCost = -1 }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await staff.PostAsJsonAsync("/api/v1/admin/smtp-ips", new { vpsInstanceId = Guid.NewGuid(), ipAddress = "203.0.113.9" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await staff.PostAsJsonAsync("/api/v1/admin/domain-ip-assignments", new { domainId = Guid.NewGuid(), smtpIpAddressId = Guid.NewGuid() }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await staff.GetAsync("/api/v1/admin/infrastructure/costs?month=2026-13"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Patch(staff, $"smtp-ips/{Guid.NewGuid()}", """{"status":"nonsense"}"""), HttpStatusCode.BadRequest);

        var instance = await CreateInstanceAsync(staff, 1m);
        var ip = await CreateIpAsync(staff, Id(instance), 1m);
        await AssertProblemAsync(await staff.PostAsJsonAsync("/api/v1/admin/smtp-ips", new { vpsInstanceId = Id(instance), ipAddress = ip.GetProperty("ipAddress").GetString() }),
            HttpStatusCode.Conflict, "ip-already-added");
    }

    [Fact]
    public async Task Costs_attribute_each_ip_and_its_share_of_the_instance_to_the_tenants_whose_domains_use_it()
    {
        await api.PlatformExecuteAsync("DELETE FROM domain_ip_assignments; DELETE FROM smtp_ip_addresses; DELETE FROM vps_instances;");
        var staff = await StaffAsync();
        var (a, aDomain) = await TenantDomainAsync("cost-a.com");
        var (b, bDomain) = await TenantDomainAsync("cost-b.com");
        var instance = await CreateInstanceAsync(staff, 30m);
        var shared = await CreateIpAsync(staff, Id(instance), 4m);   // used by a and b: 4 + 10 split in two
        var onlyA = await CreateIpAsync(staff, Id(instance), 2m);    // used by a: 2 + 10
        await CreateIpAsync(staff, Id(instance), 6m);                // unused: 6 + 10 unattributed
        await CreateAssignmentAsync(staff, aDomain, Id(shared));
        await CreateAssignmentAsync(staff, bDomain, Id(shared));
        await CreateAssignmentAsync(staff, aDomain, Id(onlyA));

        var report = await staff.GetFromJsonAsync<JsonElement>("/api/v1/admin/infrastructure/costs");

        Assert.Equal(42m, report.GetProperty("platformTotal").GetDecimal());
        var tenants = report.GetProperty("tenants").EnumerateArray().ToDictionary(t => t.GetProperty("tenantId").GetGuid());
        Assert.Equal((4m, 15m, 19m), Costs(tenants[a.TenantId]));   // ip 2 + 2, instance 5 + 10
        Assert.Equal((2m, 5m, 7m), Costs(tenants[b.TenantId]));
        Assert.Equal(26m, report.GetProperty("attributed").GetDecimal());
        Assert.Equal(16m, report.GetProperty("unattributed").GetDecimal());

        var lastYear = await staff.GetFromJsonAsync<JsonElement>("/api/v1/admin/infrastructure/costs?month=2020-01");
        Assert.Equal(0m, lastYear.GetProperty("platformTotal").GetDecimal());
        Assert.Empty(lastYear.GetProperty("tenants").EnumerateArray());
    }

    private static (decimal, decimal, decimal) Costs(JsonElement t) =>
        (t.GetProperty("ipCost").GetDecimal(), t.GetProperty("instanceShare").GetDecimal(), t.GetProperty("total").GetDecimal());

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> Patch(HttpClient client, string path, string body) => client.PatchAsync($"/api/v1/admin/{path}", Json(body));

    private static async Task<JsonElement> PatchOk(HttpClient client, string path, string body)
    {
        var response = await Patch(client, path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> CreateInstanceAsync(HttpClient staff, decimal monthlyCost)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/admin/vps-instances", new { hostwindsInstanceId = Guid.NewGuid().ToString("N"), ipAddress = "198.51.100.7", region = "us-east", monthlyCost, hostwindsBillingDay = 5 });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> CreateIpAsync(HttpClient staff, Guid instanceId, decimal cost)
    {
        var address = $"203.0.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";
        var response = await staff.PostAsJsonAsync("/api/v1/admin/smtp-ips", new { vpsInstanceId = instanceId, ipAddress = address, approximateCost = cost });
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return await CreateIpAsync(staff, instanceId, cost);
        }

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> CreateAssignmentAsync(HttpClient staff, Guid domainId, Guid ipId)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/admin/domain-ip-assignments", new { domainId, smtpIpAddressId = ipId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpClient> StaffAsync(string role = "super_admin") => _identity.As((await api.SignUpStaffAsync(role)).Token);

    private async Task<(Account Owner, Guid DomainId)> TenantDomainAsync(string name)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var response = await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (owner, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }
}
