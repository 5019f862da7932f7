using Mapster;
using PenguinMails.Staff.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application;

/// <summary>How the module's entities become its DTOs (ADR 0028); <c>MappingTests</c> compiles every one.</summary>
internal sealed class StaffMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<FeatureFlag, FeatureFlagDto>();
        config.NewConfig<Permission, PermissionDto>();
        // Never the value of a sensitive entry.
        config.NewConfig<SystemConfig, SystemConfigDto>().Map(d => d.Value, s => s.VisibleValue);
    }
}
