using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Contracts.Configuration.UpdateTenantConfig;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application.Configuration.UpdateTenantConfig;

internal sealed class UpdateTenantConfigCommandHandler(ICurrentTenant current, ITenantConfigRepository configs, IMapper mapper, TimeProvider clock)
    : IRequestHandler<UpdateTenantConfigCommand, TenantConfigDto>
{
    public async Task<TenantConfigDto> Handle(UpdateTenantConfigCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var config = await configs.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant configuration", tenantId);
        var address = request.BillingAddress.IsSet
            ? new Optional<BillingAddress?>(request.BillingAddress.Value is { } a ? new BillingAddress(a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country) : null)
            : default;
        config.Change(new TenantConfigChange(
            request.BillingEmail, address, request.NotifyOnBillingChanges, request.NotifyOnSystemUpdates, request.NotifyOnSecurityAlerts,
            request.ThemePrimaryColor, request.ThemeLogoUrl, request.ThemeFaviconUrl, request.UiSidebarDefaultCollapsed,
            request.UiDateFormat, request.UiTimezone), clock.GetUtcNow());
        return mapper.Map<TenantConfigDto>(config);
    }
}
