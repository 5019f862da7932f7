using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Staff.Application;
using PenguinMails.Staff.Infrastructure.Persistence;

namespace PenguinMails.Staff.Infrastructure;

public static class StaffInfrastructureExtensions
{
    /// <summary>The Staff module's DbContext, handlers, validators, repositories and mappings.</summary>
    public static IServiceCollection AddStaffInfrastructure(this IServiceCollection services) =>
        services
            .AddModuleDbContext<StaffDbContext>()
            .AddModuleServices(StaffApplicationAssembly.Assembly, typeof(StaffDbContext).Assembly);
}
