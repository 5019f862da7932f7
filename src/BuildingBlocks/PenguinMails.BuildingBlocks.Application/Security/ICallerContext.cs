namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// Changes whom the current command acts as, database context included. Only commands that establish an
/// identity use it: sign-up and accepting an invitation act as the account they just created, signing in acts
/// as the account whose password was just checked, creating a tenant acts inside the tenant it just created.
/// </summary>
public interface ICallerContext
{
    Task ActAsAsync(Guid? userId, Guid? tenantId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);
}
