using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.Sending.Assignments.CreateAssignment;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.Assignments.CreateAssignment;

/// <summary>The IP row is locked while its count changes, so concurrent assignments count right.</summary>
internal sealed class CreateAssignmentCommandHandler(IDomainIpAssignmentRepository assignments, ISmtpIpRepository ips, TimeProvider clock, IMapper mapper)
    : IRequestHandler<CreateAssignmentCommand, DomainIpAssignmentDto>
{
    public async Task<DomainIpAssignmentDto> Handle(CreateAssignmentCommand request, CancellationToken cancellationToken)
    {
        var domain = await assignments.FindDomainAsync(request.DomainId, cancellationToken) ?? throw NotFoundException.For("domain", request.DomainId);
        var ip = await ips.GetForUpdateAsync(request.SmtpIpAddressId, cancellationToken) ?? throw NotFoundException.For("IP address", request.SmtpIpAddressId);
        if (await assignments.IsLiveAsync(domain.Id, ip.Id, cancellationToken))
        {
            throw new ConflictException("already-assigned", $"{domain.Domain} already sends from {ip.IpAddress}.");
        }

        var assignment = DomainIpAssignment.Create(domain, ip, AssignmentStatus.Of(request.Status), request.Expires, clock.GetUtcNow());
        assignments.Add(assignment);
        return mapper.Map<DomainIpAssignmentDto>(assignment);
    }
}
