using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api;

public sealed class HostTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private HttpClient Client() => api.Factory.CreateClient();

    [Fact]
    public async Task Plans_are_listed_publicly_cheapest_first()
    {
        var page = await Client().GetFromJsonAsync<JsonElement>("/api/v1/plans");
        Assert.Equal(["free", "starter", "pro"], page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString()));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Plan_pages_follow_the_cursor_to_the_end()
    {
        var client = Client();
        var slugs = new List<string?>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/plans?limit=1{(cursor is null ? "" : "&cursor=" + cursor)}");
            slugs.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(["free", "starter", "pro"], slugs);
    }

    [Theory]
    [InlineData("/api/v1/plans?limit=0", "limit")]
    [InlineData("/api/v1/plans?limit=201", "limit")]
    [InlineData("/api/v1/plans?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/v1/plans?cursor=WzEsMiwzXQ", "cursor")]
    public async Task Bad_list_parameters_are_a_validation_problem(string url, string field)
    {
        var response = await Client().GetAsync(url);
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_is_a_problem_not_a_crash()
    {
        var problem = await AssertProblemAsync(await Client().GetAsync("/api/v1/plans?limit=abc"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await AssertProblemAsync(await Client().GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_response_carries_a_request_id_and_echoes_a_sane_one()
    {
        var client = Client();
        var generated = await client.GetAsync("/health/live");
        Assert.Single(generated.Headers.GetValues("X-Request-Id"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Request-Id", "client-123");
        Assert.Equal("client-123", Assert.Single((await client.SendAsync(request)).Headers.GetValues("X-Request-Id")));

        using var hostile = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        hostile.Headers.TryAddWithoutValidation("X-Request-Id", "<script>" + new string('x', 300));
        Assert.NotEqual("<script>", (await client.SendAsync(hostile)).Headers.GetValues("X-Request-Id").Single()[..8]);
    }

    [Fact]
    public async Task Health_reports_live_and_ready_with_current_migrations()
    {
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_routes()
    {
        var document = await Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/plans", "/api/v1/auth/signup", "/api/v1/auth/login", "/api/v1/me", "/api/v1/tenants/current/members/{userId}", "/api/v1/tenants/current/policies", "/api/v1/companies/{id}", "/api/v1/tenant-config" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }

        var login = paths.GetProperty("/api/v1/auth/login").GetProperty("post").GetProperty("responses");
        Assert.True(login.TryGetProperty("401", out _));
    }

    [Theory]
    [InlineData(TestPostgres.OwnerRole)]
    [InlineData(TestPostgres.PlatformRole)]
    public async Task The_api_refuses_to_start_as_a_role_that_escapes_rls(string role)
    {
        await using var factory = new ApiFactory(TestPostgres.ConnectionString(api.Name, role));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.IsType<InsecureDatabaseRoleException>(error.GetBaseException());
        await Task.CompletedTask;
    }

    /// <summary>A raw JSON body, for requests a typed object cannot express (nulls, wrong types, missing fields).</summary>
    internal static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    /// <summary>The JSON body of a successful answer; any other answer fails the test with its status and body.</summary>
    internal static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A problem of <paramref name="status"/> whose type names <paramref name="code"/>.</summary>
    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await AssertProblemAsync(response, status);
        Assert.EndsWith("/" + code, problem.GetProperty("type").GetString());
        return problem;
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var member in new[] { "type", "title", "status", "detail", "traceId" })
        {
            Assert.True(problem.TryGetProperty(member, out _), $"problem body lacks '{member}'");
        }

        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);
        return problem;
    }
}
