using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Me.GetPreferences;

namespace PenguinMails.Identity.Application.Me.GetPreferences;

internal sealed class GetPreferencesQueryHandler(ICurrentUser caller, IUserPreferencesRepository preferences, IMapper mapper)
    : IRequestHandler<GetPreferencesQuery, UserPreferencesDto>
{
    public async Task<UserPreferencesDto> Handle(GetPreferencesQuery request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var row = await preferences.GetForUserAsync(userId, cancellationToken) ?? throw new NotFoundException("This account has no preferences.");
        return mapper.Map<UserPreferencesDto>(row);
    }
}
