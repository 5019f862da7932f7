namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// On a command or query (checked by the pipeline) or a route (checked before the body is read, so every admin
/// route answers 403 alike): the caller must be a staff member whose role grants <see cref="Permission"/>
/// (e.g. <c>plans.manage</c>), checked by the pipeline before validation. Staff status grants nothing inside a tenant.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class RequiresStaffPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}

/// <summary>Answers "does this user hold staff permission P?": implemented by the Staff module.</summary>
public interface IStaffPermissions
{
    Task<bool> HasAsync(Guid userId, string permission, CancellationToken cancellationToken);
}
