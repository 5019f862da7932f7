using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.Staff.Application.Roles;

internal static class RolePermissions
{
    /// <summary>The ids of the named permissions; an unknown name is a validation error on <c>permissions</c>.</summary>
    public static async Task<int[]> ResolveAsync(IStaffRoleRepository roles, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var known = (await roles.PermissionsAsync(cancellationToken)).ToDictionary(p => p.Name, p => p.Id);
        var unknown = names.Where(n => !known.ContainsKey(n)).ToList();
        return unknown.Count > 0
            ? throw new RequestValidationException(new Dictionary<string, string[]> { ["permissions"] = [$"Unknown permissions: {string.Join(", ", unknown)}."] })
            : [.. names.Distinct().Select(n => known[n])];
    }
}
