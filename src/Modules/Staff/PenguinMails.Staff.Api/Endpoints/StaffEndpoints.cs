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
        var staff = endpoints.MapStaffGroup("/admin/staff", Tag);
        staff.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListStaffQuery(), ct))
            .Sends<ListStaffQuery>().WithName("AdminListStaff").Produces<IReadOnlyList<StaffMemberDto>>();
        staff.MapPost("", async (GrantStaffCommand command, IMediator m, CancellationToken ct) =>
            {
                var member = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/staff/{member.UserId}", member);
            })
            .Sends<GrantStaffCommand>().WithName("AdminGrantStaff").WithSummary("Makes an account staff with a role (staff.manage).")
            .Produces<StaffMemberDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/{userId:guid}", (Guid userId, IMediator m, CancellationToken ct) => m.Send(new GetStaffQuery(userId), ct))
            .Sends<GetStaffQuery>().WithName("AdminGetStaff").Produces<StaffMemberDto>().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPatch("/{userId:guid}", (Guid userId, ChangeStaffCommand command, IMediator m, CancellationToken ct) => m.Send(command with { UserId = userId }, ct))
            .Sends<ChangeStaffCommand>().WithName("AdminChangeStaff").WithSummary("Changes role or notes; the last super_admin keeps the role.")
            .Produces<StaffMemberDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapDelete("/{userId:guid}", async (Guid userId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RevokeStaffCommand(userId), ct);
                return Results.NoContent();
            })
            .Sends<RevokeStaffCommand>().WithName("AdminRevokeStaff").WithSummary("Ends a staff membership; never the last super_admin's.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var roles = endpoints.MapStaffGroup("/admin/roles", Tag);
        roles.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListRolesQuery(), ct))
            .Sends<ListRolesQuery>().WithName("AdminListRoles").Produces<IReadOnlyList<StaffRoleDto>>();
        roles.MapPost("", async (CreateRoleCommand command, IMediator m, CancellationToken ct) =>
            {
                var role = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/roles/{role.Id}", role);
            })
            .Sends<CreateRoleCommand>().WithName("AdminCreateRole").Produces<StaffRoleDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        roles.MapPatch("/{id:int}", (int id, UpdateRoleCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .Sends<UpdateRoleCommand>().WithName("AdminUpdateRole").Produces<StaffRoleDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        roles.MapDelete("/{id:int}", async (int id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteRoleCommand(id), ct);
                return Results.NoContent();
            })
            .Sends<DeleteRoleCommand>().WithName("AdminDeleteRole").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);

        endpoints.MapStaffGroup("/admin/permissions", Tag).MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListPermissionsQuery(), ct))
            .Sends<ListPermissionsQuery>().WithName("AdminListPermissions").Produces<IReadOnlyList<PermissionDto>>();

        endpoints.MapStaffGroup("/admin/tenants", Tag).MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor) =>
                m.Send(new ListTenantsQuery(limit ?? PageLimits.Default, cursor), ct))
            .Sends<ListTenantsQuery>().WithName("AdminListTenants").WithSummary("Every tenant with its plan and usage (tenants.read).")
            .Produces<CursorPage<TenantSummaryDto>>();

        var config = endpoints.MapStaffGroup("/admin/system-config", Tag);
        config.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListConfigQuery(), ct))
            .Sends<ListConfigQuery>().WithName("AdminListConfig").WithSummary("Every entry; sensitive values read as \"***\" (config.manage).")
            .Produces<IReadOnlyList<SystemConfigDto>>();
        config.MapGet("/{key}", (string key, IMediator m, CancellationToken ct) => m.Send(new GetConfigQuery(key), ct))
            .Sends<GetConfigQuery>().WithName("AdminGetConfig").Produces<SystemConfigDto>().ProducesProblem(StatusCodes.Status404NotFound);
        config.MapPut("/{key}", (string key, PutConfigCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Key = key }, ct))
            .Sends<PutConfigCommand>().WithName("AdminPutConfig").WithSummary("Creates or replaces an entry; a sensitive value is never read back.")
            .Produces<SystemConfigDto>();
        config.MapDelete("/{key}", async (string key, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteConfigCommand(key), ct);
                return Results.NoContent();
            })
            .Sends<DeleteConfigCommand>().WithName("AdminDeleteConfig").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        var flags = endpoints.MapStaffGroup("/admin/feature-flags", Tag);
        flags.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListFlagsQuery(), ct))
            .Sends<ListFlagsQuery>().WithName("AdminListFlags").Produces<IReadOnlyList<FeatureFlagDto>>();
        flags.MapPost("", async (CreateFlagCommand command, IMediator m, CancellationToken ct) =>
            {
                var flag = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/feature-flags/{flag.Key}", flag);
            })
            .Sends<CreateFlagCommand>().WithName("AdminCreateFlag").Produces<FeatureFlagDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        flags.MapPatch("/{key}", (string key, UpdateFlagCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Key = key }, ct))
            .Sends<UpdateFlagCommand>().WithName("AdminUpdateFlag").Produces<FeatureFlagDto>().ProducesProblem(StatusCodes.Status404NotFound);
        flags.MapDelete("/{key}", async (string key, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteFlagCommand(key), ct);
                return Results.NoContent();
            })
            .Sends<DeleteFlagCommand>().WithName("AdminDeleteFlag").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapApiGroup("/feature-flags", "Staff").RequireTenant()
            .MapGet("", (IMediator m, CancellationToken ct) => m.Send(new EvaluateFlagsQuery(), ct))
            .WithName("GetFeatureFlags").WithSummary("Every flag's answer for the calling tenant.")
            .Produces<IReadOnlyDictionary<string, bool>>();
    }
}
