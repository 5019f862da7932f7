using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Application.Members;

/// <summary>Who may grant which roles: only an owner makes owners; admins and owners manage everyone else.</summary>
internal static class MemberRules
{
    public static void EnsureMayGrant(IReadOnlyCollection<string> callerRoles, IEnumerable<string> roles)
    {
        var granted = roles.ToList();
        if (granted.Contains(TenantRoles.Owner) && !callerRoles.Contains(TenantRoles.Owner))
        {
            throw Forbidden("Only an owner can make someone an owner.");
        }

        if (!TenantRoles.Managers.Any(callerRoles.Contains) && granted.Any(r => r != TenantRoles.Member))
        {
            throw Forbidden("Only an owner or admin can grant roles other than member.");
        }
    }

    public static void EnsureMayManage(IReadOnlyCollection<string> callerRoles, IReadOnlyCollection<string> targetRoles)
    {
        if (!TenantRoles.Managers.Any(callerRoles.Contains))
        {
            throw Forbidden("Only an owner or admin can change or remove members.");
        }

        if (targetRoles.Contains(TenantRoles.Owner) && !callerRoles.Contains(TenantRoles.Owner))
        {
            throw Forbidden("Only an owner can change or remove an owner.");
        }
    }

    private static ForbiddenException Forbidden(string message) => new("insufficient-role", message);
}
