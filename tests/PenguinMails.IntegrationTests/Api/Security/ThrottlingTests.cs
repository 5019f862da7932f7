using System.Net;
using System.Net.Http.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Security;

/// <summary>A host with small throttles, as production has (its defaults are 20 a minute and 10 an hour).</summary>
public sealed class ThrottledApiFixture : ApiFixture
{
    public const int AnonymousPerMinute = 6;
    public const int AccountChangesPerHour = 3;

    protected override Dictionary<string, string> HostSettings()
    {
        var settings = base.HostSettings();
        settings["Security:Throttling:AnonymousPerClientPerMinute"] = AnonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Security:Throttling:AccountChangesPerUserPerHour"] = AccountChangesPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }
}

/// <summary>Each test runs on a host of its own: the throttles' windows are per host.</summary>
public sealed class ThrottlingTests : IAsyncLifetime
{
    private readonly ThrottledApiFixture _api = new();
    private IdentityClient _identity = null!;

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        _identity = new IdentityClient(_api.Factory);
    }

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task Anonymous_routes_past_the_clients_limit_are_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < ThrottledApiFixture.AnonymousPerMinute; i++)
        {
            var response = i % 2 == 0
                ? await _identity.LogInAsync("someone@example.com", "a wrong password")
                : await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/verify-email", new { token = "not-a-token" });
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        var refused = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/signup", new { email = IdentityClient.NewEmail(), password = IdentityClient.Password, name = "N", tenantName = "T" });
        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests, "too-many-attempts");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        await AssertProblemAsync(await _identity.LogInAsync("someone@example.com", "a wrong password"), HttpStatusCode.TooManyRequests, "too-many-attempts");
    }

    [Theory]
    [InlineData("/api/v1/tenants", """{"name":"Another"}""")]
    [InlineData("/api/v1/me/email-verification", null)]
    [InlineData("/api/v1/me/password", """{"currentPassword":"not my password","newPassword":"A new long password 1"}""")]
    [InlineData("/api/v1/me/2fa/disable", """{"code":"000000"}""")]
    public async Task Account_changing_routes_past_the_users_limit_are_429(string route, string? body)
    {
        var account = await SignUpUnthrottledAsync();
        var client = _identity.As(account.Token);
        for (var i = 0; i < ThrottledApiFixture.AccountChangesPerHour; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync(route, body is null ? null : Json(body))).StatusCode);
        }

        await AssertProblemAsync(await client.PostAsync(route, body is null ? null : Json(body)), HttpStatusCode.TooManyRequests, "too-many-attempts");
        var someoneElse = await SignUpUnthrottledAsync();
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await _identity.As(someoneElse.Token).PostAsync(route, body is null ? null : Json(body))).StatusCode);
    }

    // A sign-up costs two anonymous requests (sign-up, confirmation); the anonymous window is per host, and each test has its own host.
    private Task<Account> SignUpUnthrottledAsync() => _identity.SignUpAsync(IdentityClient.NewEmail());
}
