using System.Net;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

/// <summary>A tenant's requests per minute, counted in the database so the limit holds across API instances.</summary>
public sealed class RateLimitTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task The_limit_holds_across_two_api_instances_with_headers_on_every_answer()
    {
        await using var second = AnotherHost(syncMilliseconds: 0);
        var answers = await WithinOneMinuteAsync(6, 8, owner =>
        {
            var first = _identity.As(owner);
            var other = new IdentityClient(second).As(owner);
            return i => (i % 2 == 0 ? first : other).GetAsync("/api/v1/leads");
        });

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 6).Concat([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]), answers.Select(a => a.StatusCode));
        Assert.Equal(["5", "4", "3", "2", "1", "0", "0", "0"], answers.Select(a => a.Headers.GetValues("RateLimit-Remaining").Single()));
        Assert.All(answers, a => Assert.Equal("6", a.Headers.GetValues("RateLimit-Limit").Single()));
        var refused = await AssertProblemAsync(answers[6], HttpStatusCode.TooManyRequests, "rate-limit-exceeded");
        var retryAfter = int.Parse(answers[6].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains("6 requests a minute", refused.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task One_instance_counts_exactly_in_memory_and_folds_its_count_into_the_database_when_its_view_is_stale()
    {
        await using var buffered = AnotherHost(syncMilliseconds: 600_000);
        Account? owner = null;
        var answers = await WithinOneMinuteAsync(4, 6, account =>
        {
            owner = account;
            var client = new IdentityClient(buffered).As(account);
            return _ => client.GetAsync("/api/v1/leads");
        });

        Assert.Equal(["3", "2", "1", "0", "0", "0"], answers.Select(a => a.Headers.GetValues("RateLimit-Remaining").Single()));
        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var shared = await api.PlatformScalarAsync<int>($"SELECT count FROM rate_limit_counters WHERE tenant_id = '{owner!.TenantId}'");
        Assert.Equal(1, shared); // only the first request went to the database; the rest were counted in memory
    }

    [Fact]
    public async Task Requests_outside_a_tenant_are_not_counted()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var response = await _identity.As(owner.Token).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("RateLimit-Limit"));
    }

    /// <summary>
    /// A fresh tenant on the limit, and its requests sent inside one calendar minute, the limiter's window: when the
    /// minute turns while they run, the scenario starts again with another tenant, whose windows are empty everywhere.
    /// </summary>
    private async Task<List<HttpResponseMessage>> WithinOneMinuteAsync(int limit, int count, Func<Account, Func<int, Task<HttpResponseMessage>>> sender)
    {
        for (var attempt = 1; ; attempt++)
        {
            var owner = await _identity.SignUpVerifiedAsync();
            await api.PutOnRateLimitAsync(owner.TenantId, limit);
            var send = sender(owner);
            var started = DateTimeOffset.UtcNow;
            var answers = new List<HttpResponseMessage>();
            for (var i = 0; i < count; i++)
            {
                answers.Add(await send(i));
            }

            if (Minute(started) == Minute(DateTimeOffset.UtcNow) || attempt == 3)
            {
                return answers;
            }
        }
    }

    private static long Minute(DateTimeOffset time) => time.ToUnixTimeSeconds() / 60;

    /// <summary>A second API instance on the same database, accepting the first one's tokens.</summary>
    private ApiFactory AnotherHost(int syncMilliseconds) => new(api.AppConnectionString, new Dictionary<string, string>
    {
        ["Identity:SigningKey"] = api.Factory.SigningKey,
        ["Secrets:MasterKey"] = api.Factory.SecretsMasterKey,
        ["Billing:RateLimitSyncMilliseconds"] = syncMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
