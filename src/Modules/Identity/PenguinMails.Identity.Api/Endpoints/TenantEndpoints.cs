using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Invitations.ApproveInvitation;
using PenguinMails.Identity.Contracts.Invitations.ListInvitations;
using PenguinMails.Identity.Contracts.Invitations.RevokeInvitation;
using PenguinMails.Identity.Contracts.Members.AddMember;
using PenguinMails.Identity.Contracts.Members.ChangeMemberRoles;
using PenguinMails.Identity.Contracts.Members.ListMembers;
using PenguinMails.Identity.Contracts.Members.RemoveMember;
using PenguinMails.Identity.Contracts.Policies.GetPolicies;
using PenguinMails.Identity.Contracts.Policies.UpdatePolicies;
using PenguinMails.Identity.Contracts.Tenants.CreateTenant;
using PenguinMails.Identity.Contracts.Tenants.DeleteCurrentTenant;
using PenguinMails.Identity.Contracts.Tenants.GetCurrentTenant;
using PenguinMails.Identity.Contracts.Tenants.UpdateCurrentTenant;

namespace PenguinMails.Identity.Api.Endpoints;

internal static class TenantEndpoints
{
    private const string Current = EndpointConventions.BasePath + "/tenants/current";

    public static void MapTenantEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var tenants = endpoints.MapApiGroup("/tenants", "Identity");
        tenants.MapPost("", async (CreateTenantCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var tenant = await mediator.Send(command, cancellationToken);
                return Results.Created(Current, tenant);
            })
            .ThrottledPerAccount().WithName("CreateTenant").WithSummary("Another tenant, owned by the caller. Act in it with X-Tenant-Id: <id>.")
            .Produces<TenantDto>(StatusCodes.Status201Created);

        var current = endpoints.MapApiGroup("/tenants/current", "Identity").RequireTenant();
        current.MapGet("", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetCurrentTenantQuery(), cancellationToken))
            .WithName("GetCurrentTenant").WithSummary("The tenant named by X-Tenant-Id.")
            .Produces<TenantDto>();
        current.MapPatch("", (UpdateCurrentTenantCommand command, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(command, cancellationToken))
            .WithName("UpdateCurrentTenant").WithSummary("Renames the tenant (owner or admin).")
            .Produces<TenantDto>();
        current.MapDelete("", async (IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new DeleteCurrentTenantCommand(), cancellationToken);
                return Results.NoContent();
            })
            .WithName("DeleteCurrentTenant").WithSummary("Soft-deletes the tenant (owner only); its routes then answer 404.")
            .Produces(StatusCodes.Status204NoContent);

        current.MapGet("/members", (IMediator mediator, CancellationToken cancellationToken, int? limit, string? cursor) =>
                mediator.Send(new ListMembersQuery(limit ?? PageLimits.Default, cursor), cancellationToken))
            .WithName("ListMembers").WithSummary("Active members, oldest first.")
            .Produces<CursorPage<MemberDto>>();
        current.MapPost("/members", async (AddMemberCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var result = await mediator.Send(command, cancellationToken);
                return Results.Created($"{Current}/invitations/{result.Invitation.Id}", result);
            })
            .WithName("AddMember").WithSummary("Invites an address, with or without an account; it joins when it accepts the e-mailed invitation.")
            .Produces<AddMemberResultDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        current.MapPatch("/members/{userId:guid}", (Guid userId, MemberRolesBody body, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(new ChangeMemberRolesCommand(userId, body.Roles), cancellationToken))
            .WithName("ChangeMemberRoles").WithSummary("Sets a member's roles (owner or admin; only owners grant or revoke owner).")
            .Produces<MemberDto>().ProducesProblem(StatusCodes.Status409Conflict);
        current.MapDelete("/members/{userId:guid}", async (Guid userId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new RemoveMemberCommand(userId), cancellationToken);
                return Results.NoContent();
            })
            .WithName("RemoveMember").WithSummary("Removes a member, or lets the caller leave; the last owner stays.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);

        current.MapGet("/invitations", (IMediator mediator, CancellationToken cancellationToken, int? limit, string? cursor) =>
                mediator.Send(new ListInvitationsQuery(limit ?? PageLimits.Default, cursor), cancellationToken))
            .WithName("ListInvitations").WithSummary("Invitations of every status, oldest first (owner or admin).")
            .Produces<CursorPage<InvitationDto>>();
        current.MapPost("/invitations/{invitationId:guid}/approve", (Guid invitationId, IMediator mediator, CancellationToken cancellationToken) =>
                mediator.Send(new ApproveInvitationCommand(invitationId), cancellationToken))
            .WithName("ApproveInvitation").WithSummary("Lets in an invitee who accepted (owner or admin).")
            .Produces<InvitationDto>().ProducesProblem(StatusCodes.Status409Conflict);
        current.MapDelete("/invitations/{invitationId:guid}", async (Guid invitationId, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new RevokeInvitationCommand(invitationId), cancellationToken);
                return Results.NoContent();
            })
            .WithName("RevokeInvitation").WithSummary("Withdraws an invitation, or refuses one awaiting approval.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);

        current.MapGet("/policies", (IMediator mediator, CancellationToken cancellationToken) => mediator.Send(new GetPoliciesQuery(), cancellationToken))
            .WithName("GetPolicies").WithSummary("Password, session, sign-in and membership policies (owner or admin).")
            .Produces<TenantPoliciesDto>();
        current.MapPatch("/policies", (UpdatePoliciesCommand command, IMediator mediator, CancellationToken cancellationToken) => mediator.Send(command, cancellationToken))
            .WithName("UpdatePolicies").WithSummary("Changes the policies present in the body (owner or admin).")
            .Produces<TenantPoliciesDto>();
    }

    internal sealed record MemberRolesBody(IReadOnlyList<string> Roles);
}
