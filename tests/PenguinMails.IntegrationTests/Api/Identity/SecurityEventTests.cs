using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.Identity.Application.Security;
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

    [Fact]
    public async Task A_wrong_two_factor_code_and_a_forged_challenge_are_authentication_failures()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var setup = await (await _identity.As(owner.Token).PostAsync("/api/v1/me/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        var secret = setup.GetProperty("secret").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner.Token).PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = Totp.Code(secret, DateTimeOffset.UtcNow) })).StatusCode);
        var challenge = (await (await _identity.LogInAsync(owner.Email, owner.Password)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challengeToken").GetString();
        var now = DateTimeOffset.UtcNow;
        var valid = new[] { -30, 0, 30 }.Select(s => Totp.Code(secret, now.AddSeconds(s))).ToHashSet();
        var wrong = Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !valid.Contains(c));

        await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge, code = wrong });
        var forgedBefore = api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "invalid_token"));
        await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = "forged", code = "123456" });

        Assert.Single(EventsFor(owner.UserId), e => Equals(e.Properties["reason"], "bad_2fa_code"));
        Assert.Equal(forgedBefore + 1, api.Factory.Events.Events.Count(e => Equals(e.Properties["reason"], "invalid_token")));
        Assert.DoesNotContain(api.Factory.Events.Events, e => e.Properties.Values.Any(v => v?.ToString() == wrong));
    }

    private List<AnalyticsEvent> EventsFor(Guid userId) => api.Factory.Events.Events.Where(e => Equals(e.Properties["user_id"], userId)).ToList();
}
