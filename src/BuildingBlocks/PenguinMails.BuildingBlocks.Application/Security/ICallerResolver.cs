namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// Turns a request's credentials into a caller: implemented by the Identity module. The host asks it
/// once per request and fills <see cref="ICurrentUser"/> and <see cref="ICurrentTenant"/> from the answer.
/// </summary>
public interface ICallerResolver
{
    /// <param name="bearerToken">The token after "Bearer ", or null when the request carried none.</param>
    /// <param name="tenantId">The tenant named by X-Tenant-Id, or null on routes that are not tenant-scoped.</param>
    Task<CallerResolution> ResolveAsync(string? bearerToken, Guid? tenantId, CancellationToken cancellationToken);
}

public enum CallerStatus
{
    /// <summary>The caller is known and, when a tenant was named, an active member of it.</summary>
    Resolved,

    /// <summary>No credentials, or credentials that are expired, forged or revoked: 401.</summary>
    Unauthenticated,

    /// <summary>Known caller, but not allowed to act in the named tenant: 403.</summary>
    Forbidden,

    /// <summary>The named tenant does not exist or was deleted: 404, to members and strangers alike.</summary>
    TenantNotFound,
}

/// <param name="Code">The problem type's last segment when the caller is refused (e.g. <c>two-factor-required</c>).</param>
/// <param name="ApiKeyScopes">For an API key, what it may do (<c>leads:read</c>…); null for a signed-in user's session.</param>
/// <param name="ApiKeyId">The API key presented, when one was (resolved or refused).</param>
/// <param name="FailureReason">Why credentials were refused, as the <c>authentication_failures</c> event names it.</param>
public sealed record CallerResolution(
    CallerStatus Status, Guid? UserId, Guid? TenantId, IReadOnlyCollection<string> Roles, string? Reason = null, string? Code = null,
    IReadOnlyCollection<string>? ApiKeyScopes = null, Guid? ApiKeyId = null, string? FailureReason = null)
{
    /// <summary>The refusal of a signed-in caller who named a tenant they are not a member of.</summary>
    public const string NotAMemberCode = "not-a-member";

    /// <param name="failureReason">One of <see cref="AuthenticationFailureReasons"/>.</param>
    /// <param name="userId">The account the credentials belonged to, when that much was established.</param>
    public static CallerResolution Unauthenticated(string reason, string failureReason = AuthenticationFailureReasons.InvalidToken, Guid? userId = null, Guid? apiKeyId = null) =>
        new(CallerStatus.Unauthenticated, userId, null, [], reason, "unauthenticated", ApiKeyId: apiKeyId, FailureReason: failureReason);

    /// <param name="userId">The caller, when known (for the security event a refusal may raise).</param>
    public static CallerResolution Forbidden(string reason, string code = "forbidden", Guid? userId = null) => new(CallerStatus.Forbidden, userId, null, [], reason, code);

    public static CallerResolution TenantNotFound() =>
        new(CallerStatus.TenantNotFound, null, null, [], "No tenant has this id.", "tenant-not-found");

    public static CallerResolution Resolved(Guid userId, Guid? tenantId, IReadOnlyCollection<string> roles) =>
        new(CallerStatus.Resolved, userId, tenantId, roles);

    public static CallerResolution ResolvedApiKey(Guid userId, Guid tenantId, IReadOnlyCollection<string> roles, IReadOnlyCollection<string> scopes, Guid apiKeyId) =>
        new(CallerStatus.Resolved, userId, tenantId, roles, ApiKeyScopes: scopes, ApiKeyId: apiKeyId);
}

/// <summary>The <c>reason</c> of an <c>authentication_failures</c> event for refused credentials (docs/events.md).</summary>
public static class AuthenticationFailureReasons
{
    /// <summary>An access token that is malformed, forged or expired.</summary>
    public const string InvalidToken = "invalid_token";

    /// <summary>A well-signed token whose session was revoked, expired or whose account was deleted.</summary>
    public const string SessionEnded = "session_ended";

    /// <summary>The named tenant's session timeout has passed since sign-in.</summary>
    public const string SessionTimeout = "session_timeout";

    /// <summary>An API key that is malformed or unknown, or whose secret does not match.</summary>
    public const string InvalidApiKey = "invalid_api_key";

    /// <summary>A revoked or expired API key, or one whose creator's account is gone.</summary>
    public const string ApiKeyRevoked = "api_key_revoked";
}

/// <summary>API key scopes: <c>&lt;resource&gt;:read</c> and <c>&lt;resource&gt;:write</c>, write including read.</summary>
public static class ApiKeyScope
{
    /// <summary>Bearer tokens that are API keys start with this; anything else is a session's access token.</summary>
    public const string TokenPrefix = "pm_";

    public static bool Allows(IReadOnlyCollection<string> scopes, string resource, bool write) =>
        scopes.Contains($"{resource}:write") || (!write && scopes.Contains($"{resource}:read"));
}
