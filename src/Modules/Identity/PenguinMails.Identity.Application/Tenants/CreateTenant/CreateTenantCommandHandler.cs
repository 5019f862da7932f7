using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Tenants.CreateTenant;

namespace PenguinMails.Identity.Application.Tenants.CreateTenant;

internal sealed class CreateTenantCommandHandler(ICurrentUser caller, IUserRepository users, TenantProvisioner provisioner, IMapper mapper)
    : IRequestHandler<CreateTenantCommand, TenantDto>
{
    public async Task<TenantDto> Handle(CreateTenantCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var user = await users.GetAsync(userId, cancellationToken) ?? throw NotFoundException.For("user", userId);
        var tenant = await provisioner.ProvisionAsync(request.Name, user, cancellationToken);
        return mapper.Map<TenantDto>(tenant);
    }
}
