using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Contracts.Configuration.DeleteConfig;
using PenguinMails.Staff.Contracts.Configuration.GetConfig;
using PenguinMails.Staff.Contracts.Configuration.ListConfig;
using PenguinMails.Staff.Contracts.Configuration.PutConfig;
using PenguinMails.Staff.Contracts.Flags.CreateFlag;
using PenguinMails.Staff.Contracts.Flags.DeleteFlag;
using PenguinMails.Staff.Contracts.Flags.EvaluateFlags;
using PenguinMails.Staff.Contracts.Flags.ListFlags;
using PenguinMails.Staff.Contracts.Flags.UpdateFlag;
using PenguinMails.Staff.Contracts.Members.ChangeStaff;
using PenguinMails.Staff.Contracts.Members.GetStaff;
using PenguinMails.Staff.Contracts.Members.GrantStaff;
using PenguinMails.Staff.Contracts.Members.ListStaff;
using PenguinMails.Staff.Contracts.Members.RevokeStaff;
using PenguinMails.Staff.Contracts.Roles.CreateRole;
using PenguinMails.Staff.Contracts.Roles.DeleteRole;
using PenguinMails.Staff.Contracts.Roles.ListPermissions;
using PenguinMails.Staff.Contracts.Roles.ListRoles;
using PenguinMails.Staff.Contracts.Roles.UpdateRole;
using PenguinMails.Staff.Contracts.Tenants.ListTenants;

namespace PenguinMails.Staff.Api.Endpoints;

/// <summary>The platform's own routes; each declares the staff permission it needs (403 otherwise).</summary>
internal static class StaffEndpoints
{
    private const string Tag = "Staff";

    public static void MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapApiGroup("/admin/staff", Tag).RequireStaffPermission(StaffPermissionNames.StaffManage);
        staff.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListStaffQuery(), ct))
            .WithName("AdminListStaff").Produces<IReadOnlyList<StaffMemberDto>>().ProducesStaffProblems();
        staff.MapPost("", async (GrantStaffCommand command, IMediator m, CancellationToken ct) =>
            {
                var member = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/staff/{member.UserId}", member);
            })
            .WithName("AdminGrantStaff").WithSummary("Makes an account staff with a role (staff.manage).")
            .Produces<StaffMemberDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict).ProducesStaffProblems();
        staff.MapGet("/{userId:guid}", (Guid userId, IMediator m, CancellationToken ct) => m.Send(new GetStaffQuery(userId), ct))
            .WithName("AdminGetStaff").Produces<StaffMemberDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesStaffProblems();
        staff.MapPatch("/{userId:guid}", (Guid userId, ChangeStaffCommand command, IMediator m, CancellationToken ct) => m.Send(command with { UserId = userId }, ct))
            .WithName("AdminChangeStaff").WithSummary("Changes role or notes; the last super_admin keeps the role.")
            .Produces<StaffMemberDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesStaffProblems();
        staff.MapDelete("/{userId:guid}", async (Guid userId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RevokeStaffCommand(userId), ct);
                return Results.NoContent();
            })
            .WithName("AdminRevokeStaff").WithSummary("Ends a staff membership; never the last super_admin's.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesStaffProblems();

        var roles = endpoints.MapApiGroup("/admin/roles", Tag).RequireStaffPermission(StaffPermissionNames.StaffManage);
        roles.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListRolesQuery(), ct))
            .WithName("AdminListRoles").Produces<IReadOnlyList<StaffRoleDto>>().ProducesStaffProblems();
        roles.MapPost("", async (CreateRoleCommand command, IMediator m, CancellationToken ct) =>
            {
                var role = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/roles/{role.Id}", role);
            })
            .WithName("AdminCreateRole").Produces<StaffRoleDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict).ProducesStaffProblems();
        roles.MapPatch("/{id:int}", (int id, UpdateRoleCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .WithName("AdminUpdateRole").Produces<StaffRoleDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesStaffProblems();
        roles.MapDelete("/{id:int}", async (int id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteRoleCommand(id), ct);
                return Results.NoContent();
            })
            .WithName("AdminDeleteRole").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict).ProducesStaffProblems();

        endpoints.MapApiGroup("/admin/permissions", Tag).RequireStaffPermission(StaffPermissionNames.StaffManage).MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListPermissionsQuery(), ct))
            .WithName("AdminListPermissions").Produces<IReadOnlyList<PermissionDto>>().ProducesStaffProblems();

        endpoints.MapApiGroup("/admin/tenants", Tag).RequireStaffPermission(StaffPermissionNames.TenantsRead).MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor) =>
                m.Send(new ListTenantsQuery(limit ?? PageLimits.Default, cursor), ct))
            .WithName("AdminListTenants").WithSummary("Every tenant with its plan and usage (tenants.read).")
            .Produces<CursorPage<TenantSummaryDto>>().ProducesStaffProblems();

        var config = endpoints.MapApiGroup("/admin/system-config", Tag).RequireStaffPermission(StaffPermissionNames.ConfigManage);
        config.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListConfigQuery(), ct))
            .WithName("AdminListConfig").WithSummary("Every entry; sensitive values read as \"***\" (config.manage).")
            .Produces<IReadOnlyList<SystemConfigDto>>().ProducesStaffProblems();
        config.MapGet("/{key}", (string key, IMediator m, CancellationToken ct) => m.Send(new GetConfigQuery(key), ct))
            .WithName("AdminGetConfig").Produces<SystemConfigDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesStaffProblems();
        config.MapPut("/{key}", (string key, PutConfigCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Key = key }, ct))
            .WithName("AdminPutConfig").WithSummary("Creates or replaces an entry; a sensitive value is never read back.")
            .Produces<SystemConfigDto>().ProducesStaffProblems();
        config.MapDelete("/{key}", async (string key, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteConfigCommand(key), ct);
                return Results.NoContent();
            })
            .WithName("AdminDeleteConfig").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesStaffProblems();

        var flags = endpoints.MapApiGroup("/admin/feature-flags", Tag).RequireStaffPermission(StaffPermissionNames.FlagsManage);
        flags.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListFlagsQuery(), ct))
            .WithName("AdminListFlags").Produces<IReadOnlyList<FeatureFlagDto>>().ProducesStaffProblems();
        flags.MapPost("", async (CreateFlagCommand command, IMediator m, CancellationToken ct) =>
            {
                var flag = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/feature-flags/{flag.Key}", flag);
            })
            .WithName("AdminCreateFlag").Produces<FeatureFlagDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict).ProducesStaffProblems();
        flags.MapPatch("/{key}", (string key, UpdateFlagCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Key = key }, ct))
            .WithName("AdminUpdateFlag").Produces<FeatureFlagDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesStaffProblems();
        flags.MapDelete("/{key}", async (string key, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteFlagCommand(key), ct);
                return Results.NoContent();
            })
            .WithName("AdminDeleteFlag").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesStaffProblems();

        endpoints.MapApiGroup("/feature-flags", "Staff").RequireTenant()
            .MapGet("", (IMediator m, CancellationToken ct) => m.Send(new EvaluateFlagsQuery(), ct))
            .WithName("GetFeatureFlags").WithSummary("Every flag's answer for the calling tenant.")
            .Produces<IReadOnlyDictionary<string, bool>>().ProducesStandardProblems();
    }

    private static RouteHandlerBuilder ProducesStaffProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesStandardProblems();
}
