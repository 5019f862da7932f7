using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Infrastructure.Security;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Staff.Application;
using PenguinMails.Staff.Infrastructure.Persistence;

namespace PenguinMails.Staff.Infrastructure;

public static class StaffInfrastructureExtensions
{
    /// <summary>The Staff module's DbContext, handlers, validators, repositories and mappings, and the staff-permission check every module's admin routes use.</summary>
    public static IServiceCollection AddStaffInfrastructure(this IServiceCollection services) =>
        services
            .AddScoped<IStaffPermissions, StaffPermissions>()
            .AddModuleDbContext<StaffDbContext>()
            .AddModuleServices(StaffApplicationAssembly.Assembly, typeof(StaffDbContext).Assembly);
}
