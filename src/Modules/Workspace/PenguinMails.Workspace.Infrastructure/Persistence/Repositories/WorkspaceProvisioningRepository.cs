using PenguinMails.Workspace.Application.Provisioning;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Infrastructure.Persistence.Repositories;

internal sealed class WorkspaceProvisioningRepository(WorkspaceDbContext context) : IWorkspaceProvisioningRepository
{
    public void Add(TenantConfig config) => context.TenantConfigRows.Add(config);

    public void Add(Company company) => context.CompanyRows.Add(company);
}
