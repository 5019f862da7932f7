using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.CreateAssignment;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.ListAssignments;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.UpdateAssignment;
using PenguinMails.Deliverability.Contracts.Sending.GetInfrastructureCosts;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.CreateSmtpIp;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.ListSmtpIps;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.UpdateSmtpIp;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.CreateVpsInstance;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.ListVpsInstances;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.UpdateVpsInstance;

namespace PenguinMails.Deliverability.Api.Endpoints;

/// <summary>Staff routes for the sending infrastructure; every one needs the staff permission <c>infrastructure.manage</c>.</summary>
internal static class SendingEndpoints
{
    private const string Tag = "Deliverability (staff)";

    public static void MapSendingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var instances = endpoints.MapStaffGroup("/admin/vps-instances", Tag);
        instances.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor, string? status) =>
                m.Send(new ListVpsInstancesQuery(limit ?? PageLimits.Default, cursor, status), ct))
            .Sends<ListVpsInstancesQuery>().WithName("AdminListVpsInstances").WithSummary("Every VPS instance, oldest first; ?status=.")
            .Produces<CursorPage<VpsInstanceDto>>();
        instances.MapPost("", async (CreateVpsInstanceCommand command, IMediator m, CancellationToken ct) =>
            {
                var instance = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/vps-instances/{instance.Id}", instance);
            })
            .Sends<CreateVpsInstanceCommand>().WithName("AdminCreateVpsInstance").WithSummary("A VPS instance, starting provisioning.")
            .Produces<VpsInstanceDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        instances.MapPatch("/{id:guid}", (Guid id, UpdateVpsInstanceCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .Sends<UpdateVpsInstanceCommand>().WithName("AdminUpdateVpsInstance").WithSummary("Changes the fields present; status: provisioning → active → scheduled_decommission → decommissioned (409 otherwise).")
            .Produces<VpsInstanceDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var ips = endpoints.MapStaffGroup("/admin/smtp-ips", Tag);
        ips.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor, Guid? vpsInstanceId, string? status) =>
                m.Send(new ListSmtpIpsQuery(limit ?? PageLimits.Default, cursor, vpsInstanceId, status), ct))
            .Sends<ListSmtpIpsQuery>().WithName("AdminListSmtpIps").WithSummary("Every sending IP, oldest first; ?vpsInstanceId=, ?status=.")
            .Produces<CursorPage<SmtpIpAddressDto>>();
        ips.MapPost("", async (CreateSmtpIpCommand command, IMediator m, CancellationToken ct) =>
            {
                var ip = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/smtp-ips/{ip.Id}", ip);
            })
            .Sends<CreateSmtpIpCommand>().WithName("AdminCreateSmtpIp").WithSummary("A sending IP on an instance, starting available; an address is added once.")
            .Produces<SmtpIpAddressDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        ips.MapPatch("/{id:guid}", (Guid id, UpdateSmtpIpCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .Sends<UpdateSmtpIpCommand>().WithName("AdminUpdateSmtpIp").WithSummary("Changes status (available → assigned/warming → warmed; any → degraded/quarantined/burned; burned is final), reputation or cost.")
            .Produces<SmtpIpAddressDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var assignments = endpoints.MapStaffGroup("/admin/domain-ip-assignments", Tag);
        assignments.MapGet("", (IMediator m, CancellationToken ct, int? limit, string? cursor, Guid? domainId, Guid? smtpIpAddressId, Guid? tenantId, string? status) =>
                m.Send(new ListAssignmentsQuery(limit ?? PageLimits.Default, cursor, domainId, smtpIpAddressId, tenantId, status), ct))
            .Sends<ListAssignmentsQuery>().WithName("AdminListDomainIpAssignments").WithSummary("Every tenant's domain-to-IP assignments, oldest first.")
            .Produces<CursorPage<DomainIpAssignmentDto>>();
        assignments.MapPost("", async (CreateAssignmentCommand command, IMediator m, CancellationToken ct) =>
            {
                var assignment = await m.Send(command, ct);
                return Results.Created($"{EndpointConventions.BasePath}/admin/domain-ip-assignments/{assignment.Id}", assignment);
            })
            .Sends<CreateAssignmentCommand>().WithName("AdminCreateDomainIpAssignment").WithSummary("Lets a domain send from an IP; burned or quarantined IPs are refused.")
            .Produces<DomainIpAssignmentDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        assignments.MapPatch("/{id:guid}", (Guid id, UpdateAssignmentCommand command, IMediator m, CancellationToken ct) => m.Send(command with { Id = id }, ct))
            .Sends<UpdateAssignmentCommand>().WithName("AdminUpdateDomainIpAssignment").WithSummary("Changes status (scheduled → warming → active → expired), warm-up or expiry.")
            .Produces<DomainIpAssignmentDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        endpoints.MapStaffGroup("/admin/infrastructure", Tag)
            .MapGet("/costs", (IMediator m, CancellationToken ct, string? month) => m.Send(new GetInfrastructureCostsQuery(month), ct))
            .Sends<GetInfrastructureCostsQuery>().WithName("AdminInfrastructureCosts").WithSummary("A month's infrastructure cost (?month=yyyy-MM), attributed to tenants through their domains' IPs and those IPs' instances.")
            .Produces<CostReportDto>();
    }
}
