using FluentValidation;
using Mapster;
using MapsterMapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PenguinMails.BuildingBlocks.Application.Behaviors;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// MediatR 5.1.0 wired by hand (ADR 0001): the mediator, its service factory and the pipeline, outermost
    /// first: logging, tenant role, staff permission, text input (no NUL), validation, security incidents (recorded after commit), unit of work. Also the per-request caller and Mapster's shared configuration.
    /// </summary>
    public static IServiceCollection AddBuildingBlocksApplication(this IServiceCollection services)
    {
        services.TryAddScoped<ServiceFactory>(sp => sp.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(TenantRoleBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(StaffPermissionBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(TextInputBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(SecurityIncidentBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>)));

        services.TryAddScoped<RequestCaller>();
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<RequestCaller>());
        services.TryAddScoped<ICurrentTenant>(sp => sp.GetRequiredService<RequestCaller>());

        // One Mapster configuration for the process (not the static GlobalSettings); modules add their IRegister mappings to it.
        if (!services.Any(d => d.ServiceType == typeof(TypeAdapterConfig)))
        {
            services.AddSingleton(Mapping.Configure());
            services.AddSingleton<IMapper>(sp => new Mapper(sp.GetRequiredService<TypeAdapterConfig>()));
        }

        // Every list's page rules; the constraint keeps it to IPagedQuery requests.
        services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IValidator<>), typeof(PagedQueryValidator<>)));

        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
