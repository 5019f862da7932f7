using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>
/// JWTs signed with HMAC-SHA256 and the configured key. Each purpose has its own audience, checked on the way in,
/// so a sign-in challenge or an e-mailed link can never be used as an access token. Lifetimes are checked against
/// the application's clock, with no skew. A sign-up's token is encrypted as well: it carries the password's hash.
/// </summary>
internal sealed class JwtSignedTokens : ISignedTokens
{
    private const string AccessAudience = "penguinmails-api";
    private const string ChallengeAudience = "penguinmails-2fa-challenge";
    private const string EmailVerificationAudience = "penguinmails-email-verification";
    private const string InvitationAudience = "penguinmails-invitation";
    private const string SignUpAudience = "penguinmails-sign-up";
    private const string KnownDeviceAudience = "penguinmails-known-device";
    private const string KnownDeviceClaim = "kd";
    private const string PasswordChangedClaim = "pwc";
    private const string EmailClaim = "email";
    private const string TenantClaim = "tid";
    private const string CodeStepClaim = "tfs";
    private const string NameClaim = "name";
    private const string TenantNameClaim = "tname";
    private const string PasswordHashClaim = "pwh";
    private const string PasswordShapeClaim = "pws";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SymmetricSecurityKey _key;
    private readonly SigningCredentials _credentials;
    private readonly SymmetricSecurityKey _encryptionKey;
    private readonly EncryptingCredentials _encryption;
    private readonly string _issuer;
    private readonly TimeProvider _clock;

    public JwtSignedTokens(IOptions<IdentityOptions> options, TimeProvider clock)
    {
        _key = new SymmetricSecurityKey(IdentityOptions.DecodeKey(options.Value.SigningKey, nameof(IdentityOptions.SigningKey), 32));
        _credentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256);

        // Its own key for encryption, derived from the signing key, so one configured secret serves both uses apart.
        _encryptionKey = new SymmetricSecurityKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, _key.Key, 32, info: "penguinmails-token-encryption"u8.ToArray()));
        _encryption = new EncryptingCredentials(_encryptionKey, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512);
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

    public string IssueTwoFactorChallenge(Guid userId, long? lastCodeStep, bool knownDevice, DateTimeOffset expires) =>
        Issue(ChallengeAudience, expires, new()
        {
            [JwtRegisteredClaimNames.Sub] = userId.ToString(),
            [CodeStepClaim] = lastCodeStep?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            [KnownDeviceClaim] = knownDevice ? "1" : "0",
        });

    public async Task<TwoFactorChallengeClaims?> ReadTwoFactorChallengeAsync(string token)
    {
        if (await ReadAsync(token, ChallengeAudience) is not { } claims || !Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
            || claims.FindFirstValue(CodeStepClaim) is not { } step)
        {
            return null;
        }

        var knownDevice = claims.FindFirstValue(KnownDeviceClaim) == "1";
        return step.Length == 0 ? new TwoFactorChallengeClaims(userId, null, knownDevice)
            : long.TryParse(step, System.Globalization.CultureInfo.InvariantCulture, out var last) ? new TwoFactorChallengeClaims(userId, last, knownDevice) : null;
    }

    public string IssueKnownDevice(Guid userId, DateTimeOffset passwordChanged, DateTimeOffset expires) =>
        Issue(KnownDeviceAudience, expires, new()
        {
            [JwtRegisteredClaimNames.Sub] = userId.ToString(),
            [PasswordChangedClaim] = passwordChanged.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public async Task<KnownDeviceClaims?> ReadKnownDeviceAsync(string token) =>
        await ReadAsync(token, KnownDeviceAudience) is { } claims
        && Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
        && long.TryParse(claims.FindFirstValue(PasswordChangedClaim), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var changed)
            ? new KnownDeviceClaims(userId, changed)
            : null;

    public string IssueEmailVerification(Guid userId, string email, DateTimeOffset expires) =>
        Issue(EmailVerificationAudience, expires, new() { [JwtRegisteredClaimNames.Sub] = userId.ToString(), [EmailClaim] = email });

    public async Task<EmailVerificationClaims?> ReadEmailVerificationAsync(string token) =>
        await ReadAsync(token, EmailVerificationAudience) is { } claims
        && Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
        && claims.FindFirstValue(EmailClaim) is { } email
            ? new EmailVerificationClaims(userId, email)
            : null;

    public string IssueSignUp(PendingSignUp signUp, DateTimeOffset expires) =>
        Issue(SignUpAudience, expires, new()
        {
            [EmailClaim] = signUp.Email,
            [NameClaim] = signUp.Name,
            [TenantNameClaim] = signUp.TenantName,
            [PasswordHashClaim] = signUp.Password.Hash,
            [PasswordShapeClaim] = WriteShape(signUp.Password.Shape),
        }, _encryption);

    public async Task<PendingSignUp?> ReadSignUpAsync(string token) =>
        await ReadAsync(token, SignUpAudience) is { } claims
        && claims.FindFirstValue(EmailClaim) is { } email
        && claims.FindFirstValue(NameClaim) is { } name
        && claims.FindFirstValue(TenantNameClaim) is { } tenantName
        && claims.FindFirstValue(PasswordHashClaim) is { } hash
        && ReadShape(claims.FindFirstValue(PasswordShapeClaim)) is { } shape
            ? new PendingSignUp(email, name, tenantName, new HashedPassword(hash, shape))
            : null;

    public string IssueInvitation(Guid invitationId, Guid tenantId, DateTimeOffset expires) =>
        Issue(InvitationAudience, expires, new() { [JwtRegisteredClaimNames.Jti] = invitationId.ToString(), [TenantClaim] = tenantId.ToString() });

    public async Task<InvitationClaims?> ReadInvitationAsync(string token) =>
        await ReadAsync(token, InvitationAudience) is { } claims
        && Guid.TryParse(claims.FindFirstValue(JwtRegisteredClaimNames.Jti), out var invitationId)
        && Guid.TryParse(claims.FindFirstValue(TenantClaim), out var tenantId)
            ? new InvitationClaims(invitationId, tenantId)
            : null;

    private static string WriteShape(PasswordShape shape) =>
        FormattableString.Invariant($"{shape.Length}:{(shape.HasUppercase ? 1 : 0)}{(shape.HasNumber ? 1 : 0)}{(shape.HasSymbol ? 1 : 0)}");

    private static PasswordShape? ReadShape(string? value) =>
        value?.Split(':') is [var length, [var upper, var number, var symbol]]
        && int.TryParse(length, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? new PasswordShape(count, upper == '1', number == '1', symbol == '1')
            : null;

    private string Issue(string audience, DateTimeOffset expires, Dictionary<string, object> claims, EncryptingCredentials? encryption = null)
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
            EncryptingCredentials = encryption,
        });
    }

    private async Task<ClaimsPrincipal?> ReadAsync(string token, string audience)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = _issuer,
            ValidAudience = audience,
            IssuerSigningKey = _key,
            TokenDecryptionKey = _encryptionKey,
            // The list covers a sign-up token's key wrap and content encryption too: the handler checks them against it.
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512],
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
