using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Staff.Application.Contracts;
using PenguinMails.Staff.Domain;

namespace PenguinMails.Staff.Application.Roles.UpdateRole;

/// <summary>Renames a role or replaces its permissions; super_admin always keeps every permission.</summary>
[RequiresStaffPermission(StaffPermissionNames.StaffManage)]
public sealed record UpdateRoleCommand(string? Name = null, string? Description = null, IReadOnlyList<string>? Permissions = null)
    : ICommand<StaffRoleDto>, ISecurityIncidentCommand<StaffRoleDto>
{
    public SecurityIncident DescribeIncident(StaffRoleDto response) => new("staff_role_updated", response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [JsonIgnore]
    public int Id { get; init; }
}

internal sealed class UpdateRoleCommandValidator : AbstractValidator<UpdateRoleCommand>
{
    public UpdateRoleCommandValidator()
    {
        RuleFor(c => c.Name!).MaximumLength(50).Matches("^[a-z][a-z0-9_]*$").WithMessage("'Name' is lower-case letters, digits and underscores.").When(c => c.Name is not null);
        RuleFor(c => c.Description).MaximumLength(2000);
    }
}

internal sealed class UpdateRoleCommandHandler(IStaffRoleRepository roles, IUnitOfWork unitOfWork, TimeProvider clock) : IRequestHandler<UpdateRoleCommand, StaffRoleDto>
{
    public async Task<StaffRoleDto> Handle(UpdateRoleCommand request, CancellationToken cancellationToken)
    {
        var role = await roles.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("staff role", request.Id);
        if (role.Id == StaffRoleIds.SuperAdmin && (request.Permissions is not null || request.Name is not null))
        {
            throw new ConflictException("super-admin-fixed", "super_admin keeps its name and every permission.");
        }

        role.Rename(request.Name, request.Description);
        if (request.Permissions is { } names)
        {
            await roles.SetPermissionsAsync(role.Id, await RolePermissions.ResolveAsync(roles, names, cancellationToken), clock.GetUtcNow(), cancellationToken);
        }

        await unitOfWork.FlushAsync(cancellationToken);
        return (await roles.ListAsync(cancellationToken)).Single(r => r.Id == role.Id);
    }
}
