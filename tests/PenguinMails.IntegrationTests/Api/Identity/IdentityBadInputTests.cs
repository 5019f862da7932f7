using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

public sealed class IdentityBadInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    public static TheoryData<string, string> BadSignUps() => new()
    {
        { """{"email":"not-an-email","password":"long enough pw","name":"N","tenantName":"T"}""", "email" },
        { """{"email":"a@b@example.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" },
        { """{"email":"spaces in@example.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" },
        { $$"""{"email":"{{new string('a', 250)}}@example.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" },
        { """{"email":"ok@example.com","password":"short","name":"N","tenantName":"T"}""", "password" },
        { $$"""{"email":"ok@example.com","password":"{{new string('p', 1001)}}","name":"N","tenantName":"T"}""", "password" },
        { """{"email":"ok@example.com","password":"long enough pw","name":"","tenantName":"T"}""", "name" },
        { """{"email":"ok@example.com","password":"long enough pw","name":"   ","tenantName":"T"}""", "name" },
        { $$"""{"email":"ok@example.com","password":"long enough pw","name":"{{new string('n', 201)}}","tenantName":"T"}""", "name" },
        { $$"""{"email":"ok@example.com","password":"long enough pw","name":"N","tenantName":"{{new string('t', 101)}}"}""", "tenantName" },
        { """{"email":"ok@example.com","password":"long enough pw","name":"N"}""", "tenantName" },
        { """{"email":"ok@example.com","password":null,"name":"N","tenantName":"T"}""", "password" },
        { """{"email":42,"password":"long enough pw","name":"N","tenantName":"T"}""", "email" },
        { """{"email":"p\u0430ypal@example.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" }, // Cyrillic а
        { """{"email":"\uFF41dmin@example.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" }, // full-width a
        { """{"email":"ad\u200Bmin@example.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" }, // zero-width space
        { """{"email":"admin@ex\u0430mple.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" }, // in the domain
        { """{"email":"jose\u0301@example.com","password":"long enough pw","name":"N","tenantName":"T"}""", "email" }, // a combining accent
    };

    [Theory]
    [MemberData(nameof(BadSignUps))]
    public async Task A_bad_sign_up_is_a_validation_problem_naming_the_field_and_creates_nothing(string body, string field)
    {
        var users = await api.PlatformScalarAsync<long>("SELECT count(*) FROM users");
        var response = await _identity.Anonymous().PostAsync("/api/v1/auth/signup", Json(body));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(users, await api.PlatformScalarAsync<long>("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task A_password_over_a_thousand_characters_is_refused_at_login_before_hashing()
    {
        var response = await _identity.LogInAsync("someone@example.com", new string('x', 1001));
        Assert.True((await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("password", out _));
    }

    [Theory]
    [InlineData("""{"email":"x@example.com","roles":["superuser"]}""", "roles")]
    [InlineData("""{"email":"x@example.com","roles":[]}""", "roles")]
    [InlineData("""{"email":"x@example.com","roles":"owner"}""", "roles")]
    [InlineData("""{"email":"nope","roles":["member"]}""", "email")]
    public async Task Bad_member_input_is_a_validation_problem(string body, string field)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var response = await _identity.As(owner).PostAsync("/api/v1/tenants/current/members", Json(body));
        Assert.True((await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("""{"passwordMinLength":7}""", "passwordMinLength")]
    [InlineData("""{"passwordMinLength":129}""", "passwordMinLength")]
    [InlineData("""{"sessionTimeoutHours":0}""", "sessionTimeoutHours")]
    [InlineData("""{"sessionTimeoutHours":721}""", "sessionTimeoutHours")]
    [InlineData("""{"maxLoginAttempts":0}""", "maxLoginAttempts")]
    [InlineData("""{"maxLoginAttempts":101}""", "maxLoginAttempts")]
    [InlineData("""{"companyDefaultStatus":"deleted"}""", "companyDefaultStatus")]
    [InlineData("""{"maxLoginAttempts":"many"}""", "maxLoginAttempts")]
    public async Task Policies_out_of_bounds_are_refused_and_nothing_changes(string body, string field)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var before = await api.PlatformScalarAsync<string>($"SELECT row_to_json(p)::text FROM tenant_policies p WHERE tenant_id = '{owner.TenantId}'");
        var response = await _identity.As(owner).PatchAsync("/api/v1/tenants/current/policies", Json(body));
        Assert.True((await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await api.PlatformScalarAsync<string>($"SELECT row_to_json(p)::text FROM tenant_policies p WHERE tenant_id = '{owner.TenantId}'"));
    }

    [Theory]
    [InlineData("""{"timezone":"Mars/Olympus"}""", "timezone")]
    [InlineData("""{"theme":"neon"}""", "theme")]
    [InlineData("""{"language":"not a language"}""", "language")]
    public async Task Bad_preferences_are_refused(string body, string field)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var response = await _identity.As(owner.Token).PatchAsync("/api/v1/me/preferences", Json(body));
        Assert.True((await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Expired_forged_foreign_and_unknown_tokens_are_401()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var realKey = new SymmetricSecurityKey(Convert.FromBase64String(api.Factory.SigningKey));
        var otherKey = new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var session = await api.PlatformScalarAsync<Guid>($"SELECT id FROM user_sessions WHERE user_id = '{owner.UserId}' LIMIT 1");

        var tokens = new[]
        {
            Token(realKey, owner.UserId, session, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1)), // expired
            Token(otherKey, owner.UserId, session, DateTime.UtcNow, DateTime.UtcNow.AddHours(1)),            // another key
            Token(realKey, owner.UserId, Guid.NewGuid(), DateTime.UtcNow, DateTime.UtcNow.AddHours(1)),      // no such session
            Token(realKey, Guid.NewGuid(), session, DateTime.UtcNow, DateTime.UtcNow.AddHours(1)),           // someone else's session
            Token(realKey, owner.UserId, session, DateTime.UtcNow, DateTime.UtcNow.AddHours(1), audience: "penguinmails-invitation"),
            Tampered(owner.Token),
            Unsigned(owner.UserId, session),
            "not.a.jwt",
            new string('a', 5000),
        };

        foreach (var token in tokens)
        {
            await AssertProblemAsync(await _identity.As(token, owner.TenantId).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Unauthorized);
        }

        Assert.Equal(HttpStatusCode.OK, (await _identity.As(owner).GetAsync("/api/v1/tenants/current")).StatusCode);
    }

    [Fact]
    public async Task A_sign_up_that_fails_in_a_later_module_leaves_no_trace()
    {
        await using var broken = new ApiFactory(api.AppConnectionString, new Dictionary<string, string> { ["Billing:DefaultPlanSlug"] = "no-such-plan" });
        var email = IdentityClient.NewEmail("atomic");
        await broken.CreateClient().PostAsJsonAsync("/api/v1/auth/signup",
            new { email, password = IdentityClient.Password, name = "Atomic", tenantName = "Atomic Tenant" });
        var response = await broken.CreateClient().PostAsJsonAsync("/api/v1/auth/signup/confirm", new { token = broken.Mailbox.LatestToken(email, "sign-up") });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM users WHERE email = '{email}'"));
        Assert.Equal(0L, await api.PlatformScalarAsync<long>("SELECT count(*) FROM tenants WHERE name = 'Atomic Tenant'"));
        Assert.Equal(0L, await api.PlatformScalarAsync<long>("SELECT count(*) FROM companies WHERE name = 'Atomic Tenant'"));
        Assert.Single(broken.Mailbox.Messages); // the sign-up's link only: nothing is sent about state that was never committed
    }

    private static string Token(SecurityKey key, Guid user, Guid session, DateTime notBefore, DateTime expires, string audience = "penguinmails-api") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "penguinmails",
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = user.ToString(), ["jti"] = session.ToString() },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"sub\":\"", "\"sub\":\"0", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private static string Unsigned(Guid user, Guid session) =>
        $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{Base64UrlEncoder.Encode($$"""{"sub":"{{user}}","jti":"{{session}}","aud":"penguinmails-api","iss":"penguinmails","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""")}.";
}
