namespace PenguinMails.BuildingBlocks.Application.Observability;

/// <summary>
/// Security events for the analytics platform, with the request's context (time, tenant, user or API key, request
/// id, source IP, method and path) added for the caller. Callers give a reason and identifiers, never a secret.
/// </summary>
public interface ISecurityEvents
{
    /// <param name="name">One of <see cref="SecurityEventNames"/>.</param>
    /// <param name="reason">A stable, snake_case reason (<c>wrong_password</c>, <c>lockout</c>…).</param>
    /// <param name="userId">The account concerned when it is not the caller (a sign-in attempt has no caller yet).</param>
    /// <param name="details">Further identifiers the event's schema names (docs/events.md); never a credential.</param>
    void Record(string name, string reason, Guid? userId = null, IReadOnlyDictionary<string, object?>? details = null);
}

public static class SecurityEventNames
{
    public const string AuthenticationFailures = "authentication_failures";
    public const string SuspiciousActivity = "suspicious_activity";
    public const string SecurityIncidents = "security_incidents";
}

/// <summary>The <c>reason</c> of a <c>suspicious_activity</c> event (docs/events.md).</summary>
public static class SuspiciousActivityReasons
{
    public const string Lockout = "lockout";

    /// <summary>An id in the route of a tenant's request that belongs to another tenant.</summary>
    public const string CrossTenantObject = "cross_tenant_object";

    /// <summary>The database's row security refused a write into another tenant.</summary>
    public const string CrossTenantWriteRefused = "cross_tenant_write_refused";

    /// <summary>A signed-in caller naming a tenant they are not a member of.</summary>
    public const string OtherTenantRequested = "other_tenant_requested";

    /// <summary>Many 403 answers to one caller in a short time.</summary>
    public const string RepeatedForbidden = "repeated_forbidden";

    /// <summary>An API key used outside its scopes, on a route keys may not call, or in another tenant.</summary>
    public const string ApiKeyMisuse = "api_key_misuse";
}
