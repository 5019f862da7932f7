using Mapster;
using PenguinMails.Workspace.Contracts;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.Workspace.Application;

/// <summary>How the module's entities become its DTOs (ADR 0028); <c>MappingTests</c> compiles every one.</summary>
internal sealed class WorkspaceMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Company, CompanyDto>().Map(d => d.Status, s => s.Status.Name);
        config.NewConfig<TenantConfig, TenantConfigDto>();
        config.NewConfig<BillingAddress, BillingAddressDto>();
    }
}
