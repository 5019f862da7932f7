using Mapster;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.ApiKeys;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application;

/// <summary>How the module's entities become its DTOs (ADR 0028); <c>MappingTests</c> compiles every one.</summary>
internal sealed class IdentityMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<ApiKey, ApiKeyDto>().Map(d => d.Prefix, s => s.DisplayPrefix);
        config.NewConfig<TenantInvitation, InvitationDto>().Map(d => d.Status, s => s.Status.Name);
        config.NewConfig<TenantPolicies, TenantPoliciesDto>();
        config.NewConfig<Tenant, TenantDto>();
        config.NewConfig<UserPreferences, UserPreferencesDto>();
        // Two-factor state and memberships are rows of their own, read beside the user.
        config.NewConfig<User, MeDto>().Ignore(d => d.TwoFactorEnabled, d => d.Memberships);
    }
}
