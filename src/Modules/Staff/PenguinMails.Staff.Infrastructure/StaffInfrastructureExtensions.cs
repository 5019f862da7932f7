using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application;
using PenguinMails.Staff.Application.Configuration;
using PenguinMails.Staff.Application.Members;
using PenguinMails.Staff.Infrastructure.Security;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Staff.Infrastructure.Persistence;

namespace PenguinMails.Staff.Infrastructure;

public static class StaffInfrastructureExtensions
{
    /// <summary>The Staff module's DbContext, handlers, validators, repositories and mappings, and the staff-permission check every module's admin routes use.</summary>
    public static IServiceCollection AddStaffInfrastructure(this IServiceCollection services) =>
        services
            .AddScoped<IStaffPermissions, StaffPermissions>()
            .AddScoped<ITenantDirectory, TenantDirectory>()
            .AddSingleton<ConfigCache>()
            .AddScoped<StaffGrants>()
            .AddSingleton(new UniqueConstraintConflict("feature_flags_key_key", "flag-key-taken", "A feature flag with this key exists already."))
            .AddSingleton(new UniqueConstraintConflict("staff_roles_name_key", "role-name-taken", "A staff role with this name exists already."))
            .AddSingleton(new UniqueConstraintConflict("staff_members_pkey", "already-staff", "This account is a staff member already."))
            .AddModuleDbContext<StaffDbContext>()
            .AddModuleServices(StaffApplicationAssembly.Assembly, typeof(StaffDbContext).Assembly);
}
