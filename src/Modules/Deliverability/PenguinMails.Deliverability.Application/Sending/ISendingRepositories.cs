using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending;

internal interface IVpsInstanceRepository : IRepository<VpsInstance>
{
    Task<VpsInstance?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Live (not expired) domain assignments of the instance's IP addresses, of every tenant.</summary>
    Task<int> CountLiveAssignmentsAsync(Guid instanceId, CancellationToken cancellationToken);
}

internal interface ISmtpIpRepository : IRepository<SmtpIpAddress>
{
    Task<SmtpIpAddress?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>Assignments of every tenant: read and written by staff through the staff row policies (V9).</summary>
internal interface IDomainIpAssignmentRepository : IRepository<DomainIpAssignment>
{
    Task<DomainIpAssignment?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Any tenant's domain, for staff.</summary>
    Task<SendingDomain?> FindDomainAsync(Guid domainId, CancellationToken cancellationToken);

    Task<bool> IsLiveAsync(Guid domainId, Guid smtpIpAddressId, CancellationToken cancellationToken);

    /// <summary>The month's infrastructure cost, attributed to tenants (one statement).</summary>
    Task<CostReportDto> CostsAsync(DateTimeOffset monthStart, DateTimeOffset monthEnd, CancellationToken cancellationToken);
}
