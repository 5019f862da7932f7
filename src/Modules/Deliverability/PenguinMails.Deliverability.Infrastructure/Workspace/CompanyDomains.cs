using Microsoft.EntityFrameworkCore;
using PenguinMails.Deliverability.Infrastructure.Persistence;
using PenguinMails.Workspace.Contracts;

namespace PenguinMails.Deliverability.Infrastructure.Workspace;

/// <summary>A company's sending domains, which go with it when it is deleted.</summary>
internal sealed class CompanyDomains(DeliverabilityDbContext context) : ICompanyDependents
{
    public string Resource => "domains";

    public Task<int> CountAsync(Guid companyId, CancellationToken cancellationToken) =>
        context.SendingDomainRows.CountAsync(d => d.CompanyId == companyId, cancellationToken);
}
