using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Workspace;

public sealed class CompanyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_tenant_starts_with_one_company_named_after_it()
    {
        var owner = await _identity.SignUpVerifiedAsync(tenantName: "Polar Outreach");
        var page = await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/companies");
        var company = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Polar Outreach", company.GetProperty("name").GetString());
        Assert.Matches("^polar-outreach-[a-z0-9]{6}$", company.GetProperty("workspaceName").GetString());
        Assert.Equal("active", company.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Create_read_change_clear_and_delete_a_company()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var handle = "acme-" + Guid.NewGuid().ToString("N")[..8];

        var created = await client.PostAsJsonAsync("/api/v1/companies", new
        {
            name = "Acme Corp", workspaceName = handle.ToUpperInvariant(), logoUrl = "https://cdn.example.com/acme.png",
            industry = "Software", companySize = "Small",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var company = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = company.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/companies/{id}", created.Headers.Location?.ToString());
        Assert.Equal(handle, company.GetProperty("workspaceName").GetString()); // stored lower-cased

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/companies/{id}");
        Assert.Equal("Acme Corp", read.GetProperty("name").GetString());

        var patched = await client.PatchAsync($"/api/v1/companies/{id}", Json("""{"status":"suspended","logoUrl":null}"""));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var changed = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("suspended", changed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("logoUrl").ValueKind);
        Assert.Equal("Software", changed.GetProperty("industry").GetString()); // absent: unchanged

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/companies/{id}")).StatusCode);
        await AssertProblemAsync(await client.GetAsync($"/api/v1/companies/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_workspace_name_is_unique_across_tenants_whatever_its_case()
    {
        var a = await _identity.SignUpVerifiedAsync(tenantName: "A");
        var b = await _identity.SignUpVerifiedAsync(tenantName: "B");
        var handle = "shared-" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Created, (await _identity.As(a).PostAsJsonAsync("/api/v1/companies", new { name = "A's", workspaceName = handle })).StatusCode);

        var clash = await _identity.As(b).PostAsJsonAsync("/api/v1/companies", new { name = "B's", workspaceName = handle.ToUpperInvariant() });
        Assert.EndsWith("/workspace-name-taken", (await AssertProblemAsync(clash, HttpStatusCode.Conflict)).GetProperty("type").GetString());

        var bCompany = (await _identity.As(b).GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var rename = await _identity.As(b).PatchAsJsonAsync($"/api/v1/companies/{bCompany}", new { workspaceName = handle });
        Assert.EndsWith("/workspace-name-taken", (await AssertProblemAsync(rename, HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Deleting_a_company_with_domains_or_campaigns_needs_confirmation_and_then_removes_them()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var id = (await (await client.PostAsJsonAsync("/api/v1/companies", new { name = "Doomed" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await api.PlatformExecuteAsync($"""
            INSERT INTO domains (tenant_id, company_id, domain) VALUES ('{owner.TenantId}', '{id}', 'one.example.com'), ('{owner.TenantId}', '{id}', 'two.example.com');
            INSERT INTO campaigns (tenant_id, company_id, name, status) VALUES ('{owner.TenantId}', '{id}', 'Spring', 'draft');
            """);

        var refused = await AssertProblemAsync(await client.DeleteAsync($"/api/v1/companies/{id}"), HttpStatusCode.Conflict);
        Assert.EndsWith("/company-not-empty", refused.GetProperty("type").GetString());
        Assert.Equal(2, refused.GetProperty("counts").GetProperty("domains").GetInt32());
        Assert.Equal(1, refused.GetProperty("counts").GetProperty("campaigns").GetInt32());
        Assert.Equal(2L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM domains WHERE company_id = '{id}'"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/companies/{id}?confirm=true")).StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM domains WHERE company_id = '{id}'"));
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM campaigns WHERE company_id = '{id}'"));
    }

    [Fact]
    public async Task Lists_filter_by_status_and_text_and_page_with_cursors()
    {
        var owner = await _identity.SignUpVerifiedAsync(tenantName: "Lister");
        var client = _identity.As(owner);
        foreach (var (name, status) in new[] { ("Alpha 100%", "active"), ("Beta", "archived"), ("Gamma", "active"), ("Alphabet", "suspended") })
        {
            await client.PostAsJsonAsync("/api/v1/companies", new { name, status });
        }

        var alphas = await client.GetFromJsonAsync<JsonElement>("/api/v1/companies?q=ALPHA");
        Assert.Equal(["Alpha 100%", "Alphabet"], alphas.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var literal = await client.GetFromJsonAsync<JsonElement>("/api/v1/companies?q=100%25");
        Assert.Single(literal.GetProperty("items").EnumerateArray());
        var wildcard = await client.GetFromJsonAsync<JsonElement>("/api/v1/companies?q=%25");
        Assert.Single(wildcard.GetProperty("items").EnumerateArray()); // % is a character here, not a wildcard
        var archived = await client.GetFromJsonAsync<JsonElement>("/api/v1/companies?status=archived");
        Assert.Equal(["Beta"], archived.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/companies?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}");
            names.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(["Lister", "Alpha 100%", "Beta", "Gamma", "Alphabet"], names);
    }

    [Fact]
    public async Task A_new_company_starts_in_the_tenants_default_status()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { companyDefaultStatus = "suspended" });
        var company = await (await _identity.As(owner).PostAsJsonAsync("/api/v1/companies", new { name = "Later" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("suspended", company.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"name":"   "}""", "name")]
    [InlineData("""{"name":"x","workspaceName":"ab"}""", "workspaceName")]
    [InlineData("""{"name":"x","workspaceName":"-leading"}""", "workspaceName")]
    [InlineData("""{"name":"x","workspaceName":"has space"}""", "workspaceName")]
    [InlineData("""{"name":"x","workspaceName":"ünïcode"}""", "workspaceName")]
    [InlineData("""{"name":"x","logoUrl":"http://cdn.example.com/a.png"}""", "logoUrl")]
    [InlineData("""{"name":"x","logoUrl":"javascript:alert(1)"}""", "logoUrl")]
    [InlineData("""{"name":"x","status":"deleted"}""", "status")]
    [InlineData("""{"name":"x","companySize":"small"}""", "companySize")]
    public async Task Bad_company_input_is_a_validation_problem_and_creates_nothing(string body, string field)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var response = await _identity.As(owner).PostAsync("/api/v1/companies", Json(body));
        Assert.True((await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM companies WHERE tenant_id = '{owner.TenantId}'"));
    }

    [Fact]
    public async Task Long_names_and_a_null_required_field_are_refused_on_change()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();

        await AssertProblemAsync(await client.PatchAsync($"/api/v1/companies/{id}", Json($$"""{"name":"{{new string('n', 101)}}"}""")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PatchAsync($"/api/v1/companies/{id}", Json("""{"name":null}""")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PatchAsync($"/api/v1/companies/{id}", Json("""{"status":null}""")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PatchAsync($"/api/v1/companies/{id}", Json("""{"industry":42}""")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Members_read_companies_but_only_owners_and_admins_change_them()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var member = await _identity.SignUpVerifiedAsync(tenantName: "Member's own");
        await _identity.AddMemberAsync(owner, member, "member");
        var asMember = _identity.As(member.Token, owner.TenantId);
        var id = (await asMember.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();

        await AssertProblemAsync(await asMember.PostAsJsonAsync("/api/v1/companies", new { name = "Mine" }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await asMember.PatchAsJsonAsync($"/api/v1/companies/{id}", new { name = "Mine" }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await asMember.DeleteAsync($"/api/v1/companies/{id}?confirm=true"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Tenant_b_never_sees_or_touches_tenant_as_companies()
    {
        var a = await _identity.SignUpVerifiedAsync(tenantName: "A");
        var b = await _identity.SignUpVerifiedAsync(tenantName: "B");
        var aCompany = (await _identity.As(a).GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0];
        var id = aCompany.GetProperty("id").GetGuid();
        var before = await api.PlatformScalarAsync<string>($"SELECT row_to_json(c)::text FROM companies c WHERE id = '{id}'");

        var bList = await _identity.As(b).GetFromJsonAsync<JsonElement>($"/api/v1/companies?q={aCompany.GetProperty("workspaceName").GetString()}");
        Assert.Empty(bList.GetProperty("items").EnumerateArray());
        await AssertProblemAsync(await _identity.As(b).GetAsync($"/api/v1/companies/{id}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _identity.As(b).PatchAsJsonAsync($"/api/v1/companies/{id}", new { name = "Taken" }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _identity.As(b).DeleteAsync($"/api/v1/companies/{id}?confirm=true"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await _identity.As(a.Token, b.TenantId).GetAsync($"/api/v1/companies/{id}"), HttpStatusCode.Forbidden);

        Assert.Equal(before, await api.PlatformScalarAsync<string>($"SELECT row_to_json(c)::text FROM companies c WHERE id = '{id}'"));
    }
}
