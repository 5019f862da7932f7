using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Me.GetMe;

namespace PenguinMails.Identity.Application.Me.GetMe;

internal sealed class GetMeQueryHandler(ICurrentUser caller, IUserRepository users, IUserCredentialRepository credentials, IMembershipRepository memberships, IMapper mapper)
    : IRequestHandler<GetMeQuery, MeDto>
{
    public async Task<MeDto> Handle(GetMeQuery request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var user = await users.GetAsync(userId, cancellationToken) ?? throw NotFoundException.For("user", userId);
        var credential = await credentials.GetAsync(userId, cancellationToken);
        var tenants = await memberships.ListForUserAsync(userId, cancellationToken);
        return mapper.Map<MeDto>(user) with { TwoFactorEnabled = credential?.IsTwoFactorEnabled ?? false, Memberships = tenants };
    }
}
