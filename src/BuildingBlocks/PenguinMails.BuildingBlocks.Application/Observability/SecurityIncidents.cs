namespace PenguinMails.BuildingBlocks.Application.Observability;

/// <summary>
/// A command whose success is a <c>security_incidents</c> event: a change to who may do what (staff grants and roles),
/// to sensitive platform configuration or to a tenant's security policies. The event is published after commit.
/// </summary>
public interface ISecurityIncidentCommand<in TResponse>
{
    SecurityIncident DescribeIncident(TResponse response);
}

/// <param name="Reason">Snake_case, e.g. <c>staff_granted</c> (docs/events.md).</param>
/// <param name="Subject">What was changed: a staff member's user id, a role id, a configuration key.</param>
public sealed record SecurityIncident(string Reason, string? Subject);
