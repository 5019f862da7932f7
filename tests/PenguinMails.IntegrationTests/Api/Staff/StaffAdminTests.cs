using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Staff;

public sealed class StaffAdminTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_non_staff_user_gets_403_on_every_admin_route_and_anonymous_callers_401()
    {
        var document = await _identity.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var routes = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/admin/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(op => (Method: op.Name.ToUpperInvariant(), Path: Fill(p.Name))))
            .ToList();
        Assert.True(routes.Count >= 20, $"only {routes.Count} admin routes found");

        var user = _identity.As((await _identity.SignUpVerifiedAsync()).Token);
        foreach (var (method, path) in routes)
        {
            var problem = await AssertProblemAsync(await user.SendAsync(Request(method, path)), HttpStatusCode.Forbidden);
            Assert.EndsWith("/staff-permission-required", problem.GetProperty("type").GetString());
            await AssertProblemAsync(await _identity.Anonymous().SendAsync(Request(method, path)), HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Grant_change_and_revoke_staff_while_the_last_super_admin_stays()
    {
        var (admin, adminAccount) = await StaffAsync("super_admin");
        await api.PlatformExecuteAsync($"DELETE FROM staff_members WHERE role_id = 1 AND user_id <> '{adminAccount.UserId}'"); // the only one
        var candidate = await _identity.SignUpVerifiedAsync(tenantName: "Candidate");

        var granted = await admin.PostAsJsonAsync("/api/v1/admin/staff", new { email = candidate.Email.ToUpperInvariant(), role = "support", notes = "night shift" });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        Assert.Equal("support", (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roleName").GetString());
        var again = await admin.PostAsJsonAsync("/api/v1/admin/staff", new { email = candidate.Email, role = "support" });
        Assert.EndsWith("/already-staff", (await AssertProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("type").GetString());

        // Support may read tenants but not manage staff.
        var support = _identity.As(candidate.Token);
        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync("/api/v1/admin/tenants")).StatusCode);
        await AssertProblemAsync(await support.GetAsync("/api/v1/admin/staff"), HttpStatusCode.Forbidden);

        var leave = await admin.DeleteAsync($"/api/v1/admin/staff/{adminAccount.UserId}");
        Assert.EndsWith("/last-super-admin", (await AssertProblemAsync(leave, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var demote = await admin.PatchAsJsonAsync($"/api/v1/admin/staff/{adminAccount.UserId}", new { role = "support" });
        Assert.EndsWith("/last-super-admin", (await AssertProblemAsync(demote, HttpStatusCode.Conflict)).GetProperty("type").GetString());

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/v1/admin/staff/{candidate.UserId}", new { role = "super_admin" })).StatusCode);
        var promoted = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/staff/{candidate.UserId}");
        Assert.Equal("super_admin", promoted.GetProperty("roleName").GetString());
        Assert.Equal("night shift", promoted.GetProperty("notes").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/staff/{adminAccount.UserId}")).StatusCode);
        await AssertProblemAsync(await admin.GetAsync("/api/v1/admin/staff"), HttpStatusCode.Forbidden); // no longer staff, on the next request
    }

    [Fact]
    public async Task Only_a_super_admin_grants_super_admin_or_changes_a_super_admins_role()
    {
        var (superAdmin, superAccount) = await StaffAsync("super_admin");
        var created = await superAdmin.PostAsJsonAsync("/api/v1/admin/roles", new { name = "staff_keeper", permissions = new[] { "staff.manage" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var keeper = await _identity.SignUpVerifiedAsync(tenantName: "Keeper");
        Assert.Equal(HttpStatusCode.Created, (await superAdmin.PostAsJsonAsync("/api/v1/admin/staff", new { email = keeper.Email, role = "staff_keeper" })).StatusCode);
        var asKeeper = _identity.As(keeper.Token);
        var other = await _identity.SignUpVerifiedAsync(tenantName: "Other");

        await AssertProblemAsync(await asKeeper.PatchAsJsonAsync($"/api/v1/admin/staff/{keeper.UserId}", new { role = "super_admin" }), HttpStatusCode.Forbidden, "super-admin-only");
        await AssertProblemAsync(await asKeeper.PostAsJsonAsync("/api/v1/admin/staff", new { email = other.Email, role = "super_admin" }), HttpStatusCode.Forbidden, "super-admin-only");
        await AssertProblemAsync(await asKeeper.PatchAsJsonAsync($"/api/v1/admin/staff/{superAccount.UserId}", new { role = "support" }), HttpStatusCode.Forbidden, "super-admin-only");
        Assert.Equal("staff_keeper", (await superAdmin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/staff/{keeper.UserId}")).GetProperty("roleName").GetString());
        Assert.Equal(HttpStatusCode.Created, (await asKeeper.PostAsJsonAsync("/api/v1/admin/staff", new { email = other.Email, role = "support" })).StatusCode);
    }

    [Fact]
    public async Task Roles_carry_permissions_and_a_custom_role_grants_exactly_those()
    {
        var (admin, _) = await StaffAsync("super_admin");
        var created = await admin.PostAsJsonAsync("/api/v1/admin/roles", new { name = "flag_keeper", permissions = new[] { "flags.manage" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var createdRole = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["flags.manage"], createdRole.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        var roleId = createdRole.GetProperty("id").GetInt32();

        var keeper = await _identity.SignUpVerifiedAsync(tenantName: "Keeper");
        await admin.PostAsJsonAsync("/api/v1/admin/staff", new { email = keeper.Email, role = "flag_keeper" });
        var asKeeper = _identity.As(keeper.Token);
        Assert.Equal(HttpStatusCode.OK, (await asKeeper.GetAsync("/api/v1/admin/feature-flags")).StatusCode);
        await AssertProblemAsync(await asKeeper.GetAsync("/api/v1/admin/system-config"), HttpStatusCode.Forbidden);

        var unknown = await admin.PatchAsJsonAsync($"/api/v1/admin/roles/{roleId}", new { permissions = new[] { "flags.manage", "root.everything" } });
        Assert.True((await AssertProblemAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("permissions", out _));
        await AssertProblemAsync(await admin.DeleteAsync($"/api/v1/admin/roles/{roleId}"), HttpStatusCode.Conflict); // held by keeper
        await AssertProblemAsync(await admin.PatchAsJsonAsync("/api/v1/admin/roles/1", new { permissions = Array.Empty<string>() }), HttpStatusCode.Conflict);

        var permissions = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/permissions");
        Assert.Contains("tenants.read", permissions.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_roles_permissions_are_replaced_and_a_role_nobody_holds_is_deleted_with_its_grants()
    {
        var (admin, _) = await StaffAsync("super_admin");
        var created = await admin.PostAsJsonAsync("/api/v1/admin/roles", new { name = "desk_rotation", permissions = new[] { "flags.manage", "config.manage" } });
        var roleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var changed = await admin.PatchAsJsonAsync($"/api/v1/admin/roles/{roleId}", new { permissions = new[] { "config.manage", "tenants.read" } });
        Assert.Equal(["config.manage", "tenants.read"], (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM staff_role_permissions WHERE role_id = {roleId}"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/roles/{roleId}")).StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM staff_role_permissions WHERE role_id = {roleId}"));
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM staff_roles WHERE id = {roleId}"));
    }

    [Fact]
    public async Task A_sensitive_value_is_stored_but_never_returned_nor_logged()
    {
        const string secret = "sk_live_9f8e7d6c5b4a";
        var (admin, adminAccount) = await StaffAsync("super_admin");

        var put = await admin.PutAsync("/api/v1/admin/system-config/stripe.secret_key",
            Json($$"""{"value":"{{secret}}","category":"billing","isSensitive":true}"""));
        var bodies = new List<string> { await put.Content.ReadAsStringAsync() };
        bodies.Add(await admin.GetStringAsync("/api/v1/admin/system-config"));
        bodies.Add(await admin.GetStringAsync("/api/v1/admin/system-config/stripe.secret_key"));

        Assert.All(bodies, body => Assert.DoesNotContain(secret, body, StringComparison.Ordinal));
        Assert.Contains("\"***\"", bodies[2], StringComparison.Ordinal);
        Assert.DoesNotContain(api.Factory.Logs.Entries, e => e.Text.Contains(secret, StringComparison.Ordinal));
        Assert.Equal($"\"{secret}\"", await api.PlatformScalarAsync<string>("SELECT value::text FROM system_config WHERE key = 'stripe.secret_key'"));
        Assert.Equal(adminAccount.UserId, await api.PlatformScalarAsync<Guid>("SELECT updated_by FROM system_config WHERE key = 'stripe.secret_key'"));

        var plain = await admin.PutAsync("/api/v1/admin/system-config/platform.support_email",
            Json("""{"value":"help@penguinmails.io","category":"support"}"""));
        Assert.Equal("help@penguinmails.io", (await plain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/admin/system-config/platform.support_email")).StatusCode);
        await AssertProblemAsync(await admin.GetAsync("/api/v1/admin/system-config/platform.support_email"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Feature_flags_are_evaluated_for_the_calling_tenant()
    {
        var (admin, _) = await StaffAsync("super_admin");
        var owner = await _identity.SignUpVerifiedAsync(tenantName: "Flagged");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/feature-flags", new { key = "campaigns.ai_writer", isEnabled = true, rolloutPercentage = 100 })).StatusCode);
        await admin.PostAsJsonAsync("/api/v1/admin/feature-flags", new { key = "leads.enrichment", isEnabled = true, rolloutPercentage = 0 });
        await admin.PostAsJsonAsync("/api/v1/admin/feature-flags", new { key = "dns.autofix", isEnabled = false, rolloutPercentage = 100 });

        var flags = await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/feature-flags");
        Assert.True(flags.GetProperty("campaigns.ai_writer").GetBoolean());
        Assert.False(flags.GetProperty("leads.enrichment").GetBoolean());
        Assert.False(flags.GetProperty("dns.autofix").GetBoolean());

        var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/feature-flags", new { key = "dns.autofix" });
        Assert.EndsWith("/flag-key-taken", (await AssertProblemAsync(duplicate, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        foreach (var body in new object[] { new { key = "Bad Key" }, new { key = "ok.key", rolloutPercentage = 101 } })
        {
            await AssertProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/feature-flags", body), HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task Support_sees_every_tenant_with_its_plan_and_usage()
    {
        await using var factory = new ApiFactory(api.AppConnectionString, new Dictionary<string, string> { ["ConnectionStrings:Platform"] = api.PlatformConnectionString });
        var identity = new IdentityClient(factory);
        var staff = await identity.SignUpVerifiedAsync(tenantName: "Staff home");
        await api.GrantStaffAsync(staff.UserId, "support");
        var customer = await identity.SignUpVerifiedAsync(tenantName: "Customer Co", plan: "starter");

        var tenants = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await identity.As(staff.Token).GetFromJsonAsync<JsonElement>($"/api/v1/admin/tenants?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}");
            tenants.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        var row = tenants.Single(t => t.GetProperty("id").GetGuid() == customer.TenantId);
        Assert.Equal("starter", row.GetProperty("planSlug").GetString());
        Assert.Equal(1, row.GetProperty("members").GetInt32());
        Assert.Equal(tenants.Count, tenants.Select(t => t.GetProperty("id").GetGuid()).Distinct().Count());
    }

    [Fact]
    public async Task The_first_super_admin_is_granted_from_the_command_line()
    {
        var account = await _identity.SignUpVerifiedAsync(tenantName: "Founder");
        var exit = await PenguinMails.Api.GrantStaffCommand.RunAsync(account.Email, "super_admin", [$"--ConnectionStrings:Api={api.AppConnectionString}"]);
        Assert.Equal(0, exit);
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(account.Token).GetAsync("/api/v1/admin/staff")).StatusCode);
        Assert.Equal(1, await PenguinMails.Api.GrantStaffCommand.RunAsync("nobody@example.com", "super_admin", [$"--ConnectionStrings:Api={api.AppConnectionString}"]));
    }

    private async Task<(HttpClient Client, Account Account)> StaffAsync(string role)
    {
        var account = await api.SignUpStaffAsync(role);
        return (_identity.As(account.Token), account);
    }

    private static string Fill(string path) => path
        .Replace("/roles/{id}", "/roles/7", StringComparison.Ordinal)
        .Replace("{id}", "00000000-0000-0000-0000-000000000001", StringComparison.Ordinal)
        .Replace("{userId}", "00000000-0000-0000-0000-000000000001", StringComparison.Ordinal)
        .Replace("{key}", "some.key", StringComparison.Ordinal);

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method is "GET" or "DELETE" ? null : Json("{}") };
}
