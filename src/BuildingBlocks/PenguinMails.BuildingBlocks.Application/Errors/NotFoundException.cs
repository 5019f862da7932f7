namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>The resource does not exist, or belongs to another tenant: both are answered 404, in the same words.</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    /// <summary>The database's row security refused a write into another tenant's rows (a <c>suspicious_activity</c>).</summary>
    public bool RefusedByRowSecurity { get; init; }

    public static NotFoundException For(string resource, object id) => new($"{resource} '{id}' was not found.");
}
