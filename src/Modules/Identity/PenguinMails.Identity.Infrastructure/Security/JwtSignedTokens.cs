using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PenguinMails.Identity.Application.Ports;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>
/// JWTs signed with HMAC-SHA256 and the configured key. Each purpose has its own audience, checked on the way in,
/// so a sign-in challenge or an e-mailed link can never be used as an access token. Lifetimes are checked against
/// the application's clock, with no skew.
/// </summary>
internal sealed class JwtSignedTokens : ISignedTokens
{
    private const string AccessAudience = "penguinmails-api";
    private const string ChallengeAudience = "penguinmails-2fa-challenge";
    private const string EmailVerificationAudience = "penguinmails-email-verification";
    private const string InvitationAudience = "penguinmails-invitation";
    private const string EmailClaim = "email";
    private const string TenantClaim = "tid";
    private const string CodeStepClaim = "tfs";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SymmetricSecurityKey _key;
    private readonly SigningCredentials _credentials;
    private readonly string _issuer;
    private readonly TimeProvider _clock;

    public JwtSignedTokens(IOptions<IdentityOptions> options, TimeProvider clock)
    {
        _key = new SymmetricSecurityKey(IdentityOptions.DecodeKey(options.Value.SigningKey, nameof(IdentityOptions.SigningKey), 32));
        _credentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256);
        _issuer = options.Value.Issuer;
        _clock = clock;
    }

    public string IssueAccessToken(Guid userId, Guid sessionId, DateTimeOffset expires) =>
        Issue(AccessAudience, expires, new() { [JwtRegisteredClaimNames.Sub] = userId.ToString(), [JwtRegisteredClaimNames.Jti] = sessionId.ToString() });

    public async Task<AccessTokenClaims?> ReadAccessTokenAsync(string token) =>
        await ReadAsync(token, AccessAudience) is { } claims
        && Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
        && Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Jti), out var sessionId)
            ? new AccessTokenClaims(userId, sessionId)
            : null;

    public string IssueTwoFactorChallenge(Guid userId, long? lastCodeStep, DateTimeOffset expires) =>
        Issue(ChallengeAudience, expires, new()
        {
            [JwtRegisteredClaimNames.Sub] = userId.ToString(),
            [CodeStepClaim] = lastCodeStep?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        });

    public async Task<TwoFactorChallengeClaims?> ReadTwoFactorChallengeAsync(string token)
    {
        if (await ReadAsync(token, ChallengeAudience) is not { } claims || !Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
            || claims.FindFirstValue(CodeStepClaim) is not { } step)
        {
            return null;
        }

        return step.Length == 0 ? new TwoFactorChallengeClaims(userId, null)
            : long.TryParse(step, System.Globalization.CultureInfo.InvariantCulture, out var last) ? new TwoFactorChallengeClaims(userId, last) : null;
    }

    public string IssueEmailVerification(Guid userId, string email, DateTimeOffset expires) =>
        Issue(EmailVerificationAudience, expires, new() { [JwtRegisteredClaimNames.Sub] = userId.ToString(), [EmailClaim] = email });

    public async Task<EmailVerificationClaims?> ReadEmailVerificationAsync(string token) =>
        await ReadAsync(token, EmailVerificationAudience) is { } claims
        && Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
        && claims.FindFirstValue(EmailClaim) is { } email
            ? new EmailVerificationClaims(userId, email)
            : null;

    public string IssueInvitation(Guid invitationId, Guid tenantId, DateTimeOffset expires) =>
        Issue(InvitationAudience, expires, new() { [JwtRegisteredClaimNames.Jti] = invitationId.ToString(), [TenantClaim] = tenantId.ToString() });

    public async Task<InvitationClaims?> ReadInvitationAsync(string token) =>
        await ReadAsync(token, InvitationAudience) is { } claims
        && Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Jti), out var invitationId)
        && Guid.TryParse(claims.FindFirstValue(TenantClaim), out var tenantId)
            ? new InvitationClaims(invitationId, tenantId)
            : null;

    private string Issue(string audience, DateTimeOffset expires, Dictionary<string, object> claims)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = _credentials,
        });
    }

    private async Task<ClaimsPrincipal?> ReadAsync(string token, string audience)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = _issuer,
            ValidAudience = audience,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = _clock.GetUtcNow().UtcDateTime;
                return expires is { } end && now < end && (notBefore is not { } start || now >= start);
            },
        });
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }
}
