using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PenguinMails.IntegrationTests.Infrastructure;
using PenguinMails.BuildingBlocks.Api;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>
/// The shared HTTP conventions (BuildingBlocks.Api) over real HTTP in the ASP.NET Core test server, on a host with
/// probe routes: a tenant-scoped JSON route, and routes that fail in each known way.
/// </summary>
public sealed class HttpConventionTests : IAsyncLifetime
{
    private const long BodyLimit = 1024;
    private static readonly Guid Tenant = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private readonly CapturingLoggerProvider _logs = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddProvider(_logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddScoped<ICallerResolver, ProbeCallerResolver>();
        builder.Services.AddBuildingBlocksApplication().AddBuildingBlocksApi();
        _app = builder.Build();
        _app.UseBuildingBlocksApi(BodyLimit);
        _app.MapPost("/api/v1/probe", (ProbeBody body, ICurrentTenant tenant, ILogger<HttpConventionTests> logger) =>
        {
            logger.LogInformation("Probe handled");
            return Results.Ok(new { body.Name, tenant.TenantId });
        }).RequireTenant();
        _app.MapGet("/api/v1/fail/{kind}", Fail).AllowAnonymous();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static IResult Fail(string kind) => kind switch
        {
            "conflict" => throw new ConflictException("already-exists", "Taken."),
            "not-found" => throw NotFoundException.For("Widget", 7),
            "forbidden" => throw new ForbiddenException("plan-limit-exceeded", "Limit reached.", new Dictionary<string, object?> { ["limit"] = "max_domains" }),
            "unavailable" => throw new ServiceUnavailableException("Database down."),
            _ => throw new InvalidOperationException("connection password=hunter2 leaked into a message"),
        };

    [Fact]
    public async Task A_valid_tenant_request_reaches_the_handler_as_that_tenant()
    {
        var response = await _client.SendAsync(Probe("""{"name":"ok"}""", token: "good", tenant: Tenant.ToString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Tenant.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_lines_of_a_request_carry_its_request_tenant_and_user_ids_and_never_its_body()
    {
        var request = Probe("""{"name":"ok","password":"body-secret-7f3a"}""", token: "good", tenant: Tenant.ToString());
        request.Headers.Add("X-Request-Id", "log-probe-1");
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);

        var handled = Assert.Single(_logs.Entries, e => e.Message == "Probe handled");
        Assert.Equal("log-probe-1", handled.Fields["XRequestId"]);
        Assert.Equal(Tenant.ToString(), handled.Fields["TenantId"]);
        Assert.Equal(ProbeCallerResolver.User.ToString(), handled.Fields["UserId"]);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains("body-secret-7f3a", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("forged")]
    public async Task A_missing_or_invalid_token_is_401(string? token) =>
        await HostTests.AssertProblemAsync(await _client.SendAsync(Probe("""{"name":"x"}""", token, Tenant.ToString())), HttpStatusCode.Unauthorized);

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-uuid")]
    [InlineData("aaaaaaaa-0000-0000-0000-000000000001,bbbbbbbb-0000-0000-0000-000000000001")]
    public async Task A_missing_or_malformed_tenant_header_is_400(string? tenant)
    {
        var problem = await HostTests.AssertProblemAsync(await _client.SendAsync(Probe("""{"name":"x"}""", "good", tenant)), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("X-Tenant-Id", out _));
    }

    [Fact]
    public async Task A_tenant_the_caller_may_not_act_in_is_403() =>
        await HostTests.AssertProblemAsync(
            await _client.SendAsync(Probe("""{"name":"x"}""", "good", "bbbbbbbb-0000-0000-0000-000000000001")), HttpStatusCode.Forbidden);

    [Theory]
    [InlineData("""{"name":""")]
    [InlineData("""{"name": 5}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("")]
    public async Task Unreadable_json_is_a_400_problem(string body) =>
        await HostTests.AssertProblemAsync(await _client.SendAsync(Probe(body, "good", Tenant.ToString())), HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_wrong_content_type_is_415()
    {
        var request = Probe("name=x", "good", Tenant.ToString());
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        await HostTests.AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413() =>
        await HostTests.AssertProblemAsync(
            await _client.SendAsync(Probe($$"""{"name":"{{new string('x', (int)BodyLimit)}}"}""", "good", Tenant.ToString())), HttpStatusCode.RequestEntityTooLarge);

    [Theory]
    [InlineData("conflict", HttpStatusCode.Conflict, "already-exists")]
    [InlineData("not-found", HttpStatusCode.NotFound, "not-found")]
    [InlineData("forbidden", HttpStatusCode.Forbidden, "plan-limit-exceeded")]
    [InlineData("unavailable", HttpStatusCode.ServiceUnavailable, "service-unavailable")]
    [InlineData("boom", HttpStatusCode.InternalServerError, "unexpected-error")]
    public async Task Failures_become_problems_of_their_kind(string kind, HttpStatusCode status, string code)
    {
        var response = await _client.GetAsync($"/api/v1/fail/{kind}");
        var problem = await HostTests.AssertProblemAsync(response, status);
        Assert.EndsWith("/" + code, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", problem.GetRawText(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Probe(string body, string? token, string? tenant)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/probe") { Content = HostTests.Json(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (tenant is not null)
        {
            request.Headers.TryAddWithoutValidation(EndpointConventions.TenantHeader, tenant);
        }

        return request;
    }

    private sealed record ProbeBody(string Name);

    private sealed class ProbeCallerResolver : ICallerResolver
    {
        public static readonly Guid User = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");

        public Task<CallerResolution> ResolveAsync(string? bearerToken, Guid? tenantId, CancellationToken cancellationToken) =>
            Task.FromResult(bearerToken != "good" ? CallerResolution.Unauthenticated("Invalid token.")
                : tenantId == Tenant || tenantId is null ? CallerResolution.Resolved(User, tenantId, ["owner"])
                : CallerResolution.Forbidden("Not a member."));
    }
}
