using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Application.Behaviors;

/// <summary>Refuses a request marked <see cref="RequiresStaffPermissionAttribute"/> unless the caller's staff role grants it: 403.</summary>
internal sealed class StaffPermissionBehavior<TRequest, TResponse>(ICurrentUser user, IServiceProvider services) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, RequiresStaffPermissionAttribute?> Requirements = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var requirement = Requirements.GetOrAdd(typeof(TRequest), t => t.GetCustomAttribute<RequiresStaffPermissionAttribute>());
        if (requirement is not null)
        {
            var userId = user.RequireUserId();
            var staff = services.GetService<IStaffPermissions>();
            if (staff is null || !await staff.HasAsync(userId, requirement.Permission, cancellationToken))
            {
                throw new ForbiddenException("staff-permission-required", $"This action needs the staff permission '{requirement.Permission}'.",
                    new Dictionary<string, object?> { ["permission"] = requirement.Permission });
            }
        }

        return await next();
    }
}
