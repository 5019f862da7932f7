using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.BuildingBlocks.Application.Security;

public static class CallerExtensions
{
    /// <summary>The caller's user id; a use case that needs one refuses an anonymous caller with 401.</summary>
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new UnauthenticatedException("unauthenticated", "This action needs a signed-in user.");

    /// <summary>The tenant the caller acts in; a tenant use case reached without one is a wiring bug, not a client error.</summary>
    public static Guid RequireTenantId(this ICurrentTenant tenant) =>
        tenant.TenantId ?? throw new InvalidOperationException("This use case runs inside a tenant; none is set.");
}
