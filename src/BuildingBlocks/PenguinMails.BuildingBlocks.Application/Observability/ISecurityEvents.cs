namespace PenguinMails.BuildingBlocks.Application.Observability;

/// <summary>
/// Security events for the analytics platform, with the request's context (time, tenant, user, request id, source IP)
/// added for the caller. Callers give a reason and identifiers, never a secret.
/// </summary>
public interface ISecurityEvents
{
    /// <param name="name">One of <see cref="SecurityEventNames"/>.</param>
    /// <param name="reason">A stable, snake_case reason (<c>wrong_password</c>, <c>lockout</c>…).</param>
    /// <param name="userId">The account concerned when it is not the caller (a sign-in attempt has no caller yet).</param>
    void Record(string name, string reason, Guid? userId = null);
}

public static class SecurityEventNames
{
    public const string AuthenticationFailures = "authentication_failures";
    public const string SuspiciousActivity = "suspicious_activity";
    public const string SecurityIncidents = "security_incidents";
}
