namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// On a command or query: the caller must hold one of these roles in the current tenant, checked by the
/// pipeline before validation, so a caller without the role learns nothing from validation messages either.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresTenantRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
