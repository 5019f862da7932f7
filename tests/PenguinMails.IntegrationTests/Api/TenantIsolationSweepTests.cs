using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>
/// Broken object-level authorization, swept: every route of the OpenAPI document that takes an id is called with tenant
/// A's ids by tenant B (signed in, then with B's API key). Every answer must be 404 (or 403 where B may not call the
/// route at all), and A's rows must be byte for byte what they were. A new route is swept as soon as it is mapped; one
/// whose id names a resource the sweep does not know fails the test until the resource is added below. Run directly
/// against PostgreSQL here and through PgBouncer in transaction pooling (<c>PgBouncer/TenantIsolationSweepThroughPgBouncerTests</c>).
/// </summary>
public sealed class TenantIsolationSweepTests(ApiFixture api) : TenantIsolationSweep<ApiFixture>(api), IClassFixture<ApiFixture>;

/// <summary>The sweep, on whichever database connection the fixture gives the API.</summary>
public abstract class TenantIsolationSweep<TFixture>(TFixture api)
    where TFixture : ApiFixture
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Tenant_b_gets_404_on_every_route_with_tenant_a_ids_and_a_is_unchanged()
    {
        var a = await _identity.SignUpVerifiedAsync(tenantName: "Victim");
        var b = await _identity.SignUpVerifiedAsync(tenantName: "Intruder");
        var ids = await CreateEverythingAsync(a);
        var key = await (await _identity.As(b).PostAsJsonAsync("/api/v1/api-keys", new
        {
            name = "sweep", scopes = new[] { "leads:write", "campaigns:write", "templates:write", "domains:write" },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var routes = await RoutesWithIdsAsync();
        Assert.True(routes.Count >= 40, $"only {routes.Count} routes with ids found");
        var before = await SnapshotAsync(a.TenantId);

        var wrong = new List<string>();
        foreach (var (method, template) in routes)
        {
            var path = Fill(template, ids);
            foreach (var (caller, client) in new[] { ("user", _identity.As(b)), ("api key", _identity.As(key.GetProperty("token").GetString()!)) })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(method, template, ids) };
                using var response = await client.SendAsync(request);
                var answer = response.StatusCode;
                var keyRefused = caller == "api key" && answer == HttpStatusCode.Forbidden;
                if (answer != HttpStatusCode.NotFound && !keyRefused)
                {
                    wrong.Add($"{caller} {method} {template}: {(int)answer} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal(before, await SnapshotAsync(a.TenantId));

        // The ids are real: A reads every one of them.
        foreach (var (_, template) in routes.Where(r => r.Method == "GET"))
        {
            Assert.Equal(HttpStatusCode.OK, (await _identity.As(a).GetAsync(Fill(template, ids))).StatusCode);
        }
    }

    private async Task<List<(string Method, string Template)>> RoutesWithIdsAsync()
    {
        var document = await _identity.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.Contains('{', StringComparison.Ordinal) && !p.Name.StartsWith("/api/v1/admin/", StringComparison.Ordinal)
                // An unsubscribe link's token is its own authority, whoever follows it (UnsubscribeTests).
                && !p.Name.StartsWith("/api/v1/unsubscribe/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(op => (op.Name.ToUpperInvariant(), p.Name)))
            .ToList();
    }

    /// <summary>Each id of the route from the resource named just before it: /campaigns/{id}/steps/{stepId} takes a campaign and a step.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> ids)
    {
        var segments = template.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                segments[i] = ids.TryGetValue(segments[i - 1], out var id)
                    ? id
                    : throw new InvalidOperationException($"The sweep does not know the resource '{segments[i - 1]}' of {template}: create one in CreateEverythingAsync.");
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>A body the route would accept from A, so that only the ownership check can refuse it.</summary>
    private static HttpContent? Body(string method, string template, IReadOnlyDictionary<string, string> ids) => (method, template) switch
    {
        ("GET" or "DELETE", _) => null,
        (_, "/api/v1/tenants/current/members/{userId}") => JsonContent.Create(new { roles = new[] { "member" } }),
        (_, "/api/v1/templates/{id}/preview") => JsonContent.Create(new { leadId = ids["leads"] }),
        (_, "/api/v1/templates/{id}/folders") => JsonContent.Create(new { folderId = long.Parse(ids["folders"], System.Globalization.CultureInfo.InvariantCulture) }),
        (_, "/api/v1/templates/{id}/tags") => JsonContent.Create(new { tagId = long.Parse(ids["tags"], System.Globalization.CultureInfo.InvariantCulture) }),
        (_, "/api/v1/campaigns/{id}/schedule") => JsonContent.Create(new { scheduled = DateTimeOffset.UtcNow.AddDays(1) }),
        (_, "/api/v1/campaigns/{id}/steps") => JsonContent.Create(new { stepType = "wait", waitDurationHours = 24 }),
        (_, "/api/v1/email-accounts/{id}/test") => JsonContent.Create(new { to = "prospect@example.org" }),
        (_, "/api/v1/campaigns/{id}/leads") => JsonContent.Create(new { leadIds = new[] { ids["leads"] } }),
        (_, "/api/v1/campaigns/{id}/steps/reorder") => JsonContent.Create(new { stepIds = new[] { ids["steps"] } }),
        ("PATCH", _) => JsonContent.Create(new { name = "Renamed by B" }),
        _ => null,
    };

    /// <summary>One of everything in A: the ids by the route segment that names them.</summary>
    private async Task<Dictionary<string, string>> CreateEverythingAsync(Account a)
    {
        var client = _identity.As(a);
        async Task<string> Create(string path, object body)
        {
            var response = await client.PostAsJsonAsync(path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").ToString();
        }

        var company = await Create("/api/v1/companies", new { name = "Victim Co" });
        var domainName = $"v{Guid.NewGuid():N}"[..12] + ".com";
        var domain = await Create("/api/v1/domains", new { domain = domainName, companyId = company });
        await api.PlatformExecuteAsync($"UPDATE domains SET verification_status = 'verified' WHERE id = '{domain}'");
        var account = await Create("/api/v1/email-accounts", new
        {
            domainId = domain, email = $"sales@{domainName}", password = "pw", smtpSettings = new { host = "smtp.example.com", port = 587, security = "starttls", username = "sales" },
        });
        var template = await Create("/api/v1/templates", new { name = "Victim template", subject = "Hi" });
        var campaign = await Create("/api/v1/campaigns", new { companyId = company, name = "Victim campaign" });
        var invited = await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail("invitee"), roles = new[] { "member" } });
        var invitation = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitation").GetProperty("id").ToString();
        var addon = await Create("/api/v1/subscription/addons", new { addonType = "extra_contacts" });
        var lead = await Create("/api/v1/leads", new { email = IdentityClient.NewEmail("lead") });
        var enrolled = await client.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/leads", new { leadIds = new[] { lead } });
        Assert.True(enrolled.IsSuccessStatusCode, await enrolled.Content.ReadAsStringAsync());
        return new Dictionary<string, string>
        {
            ["members"] = a.UserId.ToString(),
            ["memberships"] = a.TenantId.ToString(),
            ["invitations"] = invitation,
            ["api-keys"] = (await (await client.PostAsJsonAsync("/api/v1/api-keys", new { name = "victim", scopes = new[] { "leads:read" } }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetProperty("id").ToString(),
            ["companies"] = company,
            ["addons"] = addon,
            ["domains"] = domain,
            ["email-accounts"] = account,
            ["leads"] = lead,
            ["templates"] = template,
            ["template-folders"] = await Create("/api/v1/template-folders", new { name = "Victim folder" }),
            ["folders"] = await Create("/api/v1/template-folders", new { name = "Another folder" }),
            ["tags"] = await Create("/api/v1/tags", new { value = "victim" }),
            ["campaigns"] = campaign,
            ["steps"] = await Create($"/api/v1/campaigns/{campaign}/steps", new { stepType = "wait", waitDurationHours = 24 }),
            ["suppressions"] = await Create("/api/v1/suppressions", new { value = "suppressed.example.net" }),
        };
    }

    /// <summary>Every row of every table with a tenant_id, for A, as text: what "byte for byte unchanged" compares.</summary>
    private async Task<string> SnapshotAsync(Guid tenantId)
    {
        var tables = await api.PlatformScalarAsync<string>("""
            SELECT string_agg(format('(SELECT %L::text || coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''') FROM %I t WHERE tenant_id = ''TENANT'')', c.relname, c.relname), ' || ')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('rate_limit_counters', 'idempotency_keys')
              AND has_table_privilege(c.oid, 'SELECT')
              AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
            """);
        return await api.PlatformScalarAsync<string>("SELECT " + tables.Replace("TENANT", tenantId.ToString(), StringComparison.Ordinal));
    }
}
