using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Tenants;

internal static class TenantMappings
{
    public static TenantDto ToDto(this Tenant tenant) => new(tenant.Id, tenant.Name, tenant.Created, tenant.Updated);
}
