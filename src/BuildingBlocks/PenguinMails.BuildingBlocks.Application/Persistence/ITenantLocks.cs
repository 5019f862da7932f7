namespace PenguinMails.BuildingBlocks.Application.Persistence;

/// <summary>
/// Serializes one kind of work within the current tenant until the command's transaction ends (a PostgreSQL
/// transaction-level advisory lock): "count, then add one" at a plan limit cannot interleave with another request's.
/// </summary>
public interface ITenantLocks
{
    Task LockAsync(string resource, CancellationToken cancellationToken);
}
