using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.ListSmtpIps;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.ListSmtpIps;

/// <summary>A page of the platform's SMTP IP addresses in creation order, narrowed by instance and status.</summary>
internal sealed class SmtpIpsPageSpecification : Specification<SmtpIpAddress>
{
    public SmtpIpsPageSpecification(ListSmtpIpsQuery request)
    {
        if (request.VpsInstanceId is { } instanceId)
        {
            Query.Where(ip => ip.VpsInstanceId == instanceId);
        }

        if (request.Status is { } name)
        {
            var status = SmtpIpStatus.Of(name);
            Query.Where(ip => ip.Status == status);
        }

        Query.CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
    }
}
