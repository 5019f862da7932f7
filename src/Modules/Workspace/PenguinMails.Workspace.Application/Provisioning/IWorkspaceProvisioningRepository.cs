using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Provisioning;

internal interface IWorkspaceProvisioningRepository
{
    void Add(TenantConfig config);

    void Add(Company company);
}
