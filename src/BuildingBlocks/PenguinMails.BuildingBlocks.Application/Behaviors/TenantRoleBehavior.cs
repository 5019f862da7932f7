using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Application.Behaviors;

/// <summary>Refuses a request marked <see cref="RequiresTenantRoleAttribute"/> when the caller holds none of its roles: 403.</summary>
internal sealed class TenantRoleBehavior<TRequest, TResponse>(ICurrentTenant tenant) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, RequiresTenantRoleAttribute?> Requirements = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var requirement = Requirements.GetOrAdd(typeof(TRequest), t => t.GetCustomAttribute<RequiresTenantRoleAttribute>());
        if (requirement is not null && (tenant.TenantId is null || !requirement.Roles.Any(tenant.Roles.Contains)))
        {
            throw new ForbiddenException("insufficient-role",
                $"This action needs one of these roles in the tenant: {string.Join(", ", requirement.Roles)}.",
                new Dictionary<string, object?> { ["requiredRoles"] = requirement.Roles });
        }

        return next();
    }
}
