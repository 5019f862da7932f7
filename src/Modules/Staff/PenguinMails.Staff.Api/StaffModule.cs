using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Staff.Infrastructure;

namespace PenguinMails.Staff.Api;

/// <summary>The Staff module's entry point for the host.</summary>
public static class StaffModule
{
    public static IServiceCollection AddStaffModule(this IServiceCollection services) => services.AddStaffInfrastructure();
}
