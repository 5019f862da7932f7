using System.Net;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api.Identity;

/// <summary>Sign-in failures as security events: one per attempt, with the request's context, never the password.</summary>
public sealed class SecurityEventTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_wrong_password_is_one_authentication_failure_with_the_account_and_request()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        const string wrong = "not-the-password-5e1d";

        var response = await _identity.LogInAsync(owner.Email, wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var failure = Assert.Single(EventsFor(owner.UserId), e => e.Name == SecurityEventNames.AuthenticationFailures);
        Assert.Equal("wrong_password", failure.Properties["reason"]);
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), failure.Properties["request_id"]);
        Assert.DoesNotContain(api.Factory.Events.Events, e => e.Properties.Values.Any(v => v?.ToString()?.Contains(wrong, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task An_unknown_address_is_an_authentication_failure_without_an_account()
    {
        var before = api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "unknown_account"));
        await _identity.LogInAsync(IdentityClient.NewEmail("nobody"), "whatever-password-1!");
        Assert.Equal(before + 1, api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "unknown_account")));
    }

    [Fact]
    public async Task The_attempt_that_locks_an_account_is_also_suspicious_and_later_attempts_say_locked()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await _identity.LogInAsync(owner.Email, "wrong-password-" + attempt);
        }

        await _identity.LogInAsync(owner.Email, IdentityClient.Password);

        var events = EventsFor(owner.UserId);
        Assert.Equal(5, events.Count(e => Equals(e.Properties["reason"], "wrong_password")));
        Assert.Single(events, e => e.Name == SecurityEventNames.SuspiciousActivity && Equals(e.Properties["reason"], "lockout"));
        Assert.Single(events, e => Equals(e.Properties["reason"], "locked"));
    }

    private List<AnalyticsEvent> EventsFor(Guid userId) => api.Factory.Events.Events.Where(e => Equals(e.Properties["user_id"], userId)).ToList();
}
