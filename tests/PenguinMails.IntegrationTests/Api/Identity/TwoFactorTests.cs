using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.Identity.Application.Security;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

public sealed class TwoFactorTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Enroll_then_require_then_sign_in_needs_the_code()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { twoFactorRequired = true });

        var refused = await AssertProblemAsync(await _identity.As(owner).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden);
        Assert.EndsWith("/two-factor-enrollment-required", refused.GetProperty("type").GetString());

        var secret = await EnrollAsync(owner.Token);
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(owner).GetAsync("/api/v1/tenants/current")).StatusCode); // confirming counts for this session

        var step1 = await (await _identity.LogInAsync(owner.Email, owner.Password)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(step1.GetProperty("twoFactorRequired").GetBoolean());
        Assert.False(step1.TryGetProperty("accessToken", out _));
        var challenge = step1.GetProperty("challengeToken").GetString()!;

        // The challenge is not an access token.
        await AssertProblemAsync(await _identity.As(challenge).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);

        var wrong = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge, code = WrongCode(secret) });
        Assert.EndsWith("/invalid-two-factor-code", (await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized)).GetProperty("type").GetString());

        var right = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge, code = NextCode(secret) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var token = (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(token, owner.TenantId).GetAsync("/api/v1/tenants/current")).StatusCode);

        // The same code again, even with a fresh challenge, is refused: a code is good once.
        var again = (await (await _identity.LogInAsync(owner.Email, owner.Password)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challengeToken").GetString();
        var replay = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = again, code = NextCode(secret) });
        Assert.EndsWith("/invalid-two-factor-code", (await AssertProblemAsync(replay, HttpStatusCode.Unauthorized)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_session_that_never_proved_the_second_factor_is_refused_where_the_tenant_requires_it()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var member = await _identity.SignUpVerifiedAsync(tenantName: "Member's own");
        await _identity.AddMemberAsync(owner, member, "member");
        var otherSession = await _identity.LogInTokenAsync(member.Email);

        await EnrollAsync(member.Token);
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { twoFactorRequired = true });

        Assert.Equal(HttpStatusCode.OK, (await _identity.As(member.Token, owner.TenantId).GetAsync("/api/v1/tenants/current")).StatusCode);
        var refused = await AssertProblemAsync(await _identity.As(otherSession, owner.TenantId).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden);
        Assert.EndsWith("/two-factor-required", refused.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(otherSession, member.TenantId).GetAsync("/api/v1/tenants/current")).StatusCode);
    }

    [Fact]
    public async Task Disabling_needs_a_current_code_and_then_sign_in_needs_only_the_password()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var secret = await EnrollAsync(account.Token);

        var refused = await _identity.As(account.Token).PostAsJsonAsync("/api/v1/me/2fa/disable", new { code = WrongCode(secret) });
        await AssertProblemAsync(refused, HttpStatusCode.BadRequest);
        var disabled = await _identity.As(account.Token).PostAsJsonAsync("/api/v1/me/2fa/disable", new { code = NextCode(secret) });
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);

        await _identity.LogInTokenAsync(account.Email);
    }

    [Fact]
    public async Task The_secret_is_stored_encrypted_and_enrolling_twice_is_a_conflict()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var secret = await EnrollAsync(account.Token);
        var stored = await api.PlatformScalarAsync<string>($"SELECT totp_secret FROM user_credentials WHERE user_id = '{account.UserId}'");
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);

        var again = await _identity.As(account.Token).PostAsync("/api/v1/me/2fa/setup", null);
        Assert.EndsWith("/two-factor-already-enabled", (await AssertProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Wrong_codes_count_toward_the_lock_out()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var secret = await EnrollAsync(account.Token);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var challenge = (await (await _identity.LogInAsync(account.Email, account.Password)).Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("challengeToken").GetString();
            await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge, code = WrongCode(secret) });
        }

        // Locked: even the right password is answered as a wrong one, with no challenge.
        var locked = await _identity.LogInAsync(account.Email, account.Password);
        Assert.EndsWith("/invalid-credentials", (await AssertProblemAsync(locked, HttpStatusCode.Unauthorized)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_challenge_that_signed_in_once_is_refused_even_with_a_fresh_code()
    {
        // Enrolling spends the previous step's code, so two later codes (this step's, the next one's) are both fresh
        // within the accepted window; a step boundary passing mid-scenario would shift the window, so it runs again.
        for (var attempt = 1; ; attempt++)
        {
            var now = DateTimeOffset.UtcNow;
            var account = await _identity.SignUpVerifiedAsync();
            var setup = await (await _identity.As(account.Token).PostAsync("/api/v1/me/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
            var secret = setup.GetProperty("secret").GetString()!;
            var confirmed = await _identity.As(account.Token).PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = Totp.Code(secret, now.AddSeconds(-30)) });
            var challenge = (await (await _identity.LogInAsync(account.Email, account.Password)).Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("challengeToken").GetString();
            var first = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge, code = Totp.Code(secret, now) });
            var second = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login/2fa", new { challengeToken = challenge, code = Totp.Code(secret, now.AddSeconds(30)) });
            if (SameStep(now, DateTimeOffset.UtcNow) || attempt == 3)
            {
                Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
                Assert.Equal(HttpStatusCode.OK, first.StatusCode);
                await AssertProblemAsync(second, HttpStatusCode.Unauthorized, "invalid-two-factor-challenge");
                return;
            }
        }
    }

    private async Task<string> EnrollAsync(string token)
    {
        var setup = await (await _identity.As(token).PostAsync("/api/v1/me/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        var secret = setup.GetProperty("secret").GetString()!;
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("otpauthUri").GetString());
        var confirm = await _identity.As(token).PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = Totp.Code(secret, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        return secret;
    }

    private static bool SameStep(DateTimeOffset a, DateTimeOffset b) => a.ToUnixTimeSeconds() / 30 == b.ToUnixTimeSeconds() / 30;

    // The code of the next time step: accepted (clock drift window) and never the one spent when enrolling.
    private static string NextCode(string secret) => Totp.Code(secret, DateTimeOffset.UtcNow.AddSeconds(30));

    // A code no window around now accepts.
    private static string WrongCode(string secret)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = new[] { -30, 0, 30 }.Select(s => Totp.Code(secret, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !valid.Contains(c));
    }
}
