using Microsoft.EntityFrameworkCore;
using PenguinMails.Campaigns.Infrastructure.Persistence;
using PenguinMails.Workspace.Contracts;

namespace PenguinMails.Campaigns.Infrastructure.Workspace;

/// <summary>A company's campaigns, which go with it when it is deleted.</summary>
internal sealed class CompanyCampaigns(CampaignsDbContext context) : ICompanyDependents
{
    public string Resource => "campaigns";

    public Task<int> CountAsync(Guid companyId, CancellationToken cancellationToken) =>
        context.CampaignRows.CountAsync(c => c.CompanyId == companyId, cancellationToken);
}
