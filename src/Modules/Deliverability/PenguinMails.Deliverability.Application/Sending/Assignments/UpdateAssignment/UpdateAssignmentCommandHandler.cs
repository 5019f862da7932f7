using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.UpdateAssignment;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.UpdateAssignment;

internal sealed class UpdateAssignmentCommandHandler(IDomainIpAssignmentRepository assignments, ISmtpIpRepository ips, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateAssignmentCommand, DomainIpAssignmentDto>
{
    public async Task<DomainIpAssignmentDto> Handle(UpdateAssignmentCommand request, CancellationToken cancellationToken)
    {
        var assignment = await assignments.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("assignment", request.Id);
        var now = clock.GetUtcNow();
        if (request.Status.IsSet && request.Status.Value != assignment.Status.Name)
        {
            var ip = await ips.GetForUpdateAsync(assignment.SmtpIpAddressId, cancellationToken) ?? throw NotFoundException.For("IP address", assignment.SmtpIpAddressId);
            assignment.ChangeStatus(AssignmentStatus.Of(request.Status.Value), ip, now);
        }

        if (request.WarmupState.IsSet && request.WarmupState.Value != assignment.WarmupState?.Name)
        {
            assignment.ChangeWarmup(WarmupState.Of(request.WarmupState.Value), now);
        }

        if (request.Expires.IsSet)
        {
            assignment.SetExpiry(request.Expires.Value, now);
        }

        return mapper.Map<DomainIpAssignmentDto>(assignment);
    }
}
