using MediatR;
using PenguinMails.Identity.Contracts;
using PenguinMails.Workspace.Application.Companies;
using PenguinMails.Workspace.Application.Configuration;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Provisioning;

/// <summary>A new tenant gets its configuration row and a first company named after it, in the sign-up's transaction.</summary>
internal sealed class ProvisionTenantWorkspaceHandler(ITenantConfigRepository configs, ICompanyRepository companies, TimeProvider clock)
    : INotificationHandler<TenantCreatedNotification>
{
    public Task Handle(TenantCreatedNotification notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        configs.Add(TenantConfig.CreateDefault(notification.TenantId, now));
        companies.Add(Company.CreateFirst(notification.TenantId, notification.TenantName, now));
        return Task.CompletedTask;
    }
}
