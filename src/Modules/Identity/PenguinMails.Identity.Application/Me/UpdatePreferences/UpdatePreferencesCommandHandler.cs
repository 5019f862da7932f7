using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Me.UpdatePreferences;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Me.UpdatePreferences;

internal sealed class UpdatePreferencesCommandHandler(ICurrentUser caller, IUserPreferencesRepository preferences, IMapper mapper, TimeProvider clock)
    : IRequestHandler<UpdatePreferencesCommand, UserPreferencesDto>
{
    public async Task<UserPreferencesDto> Handle(UpdatePreferencesCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var row = await preferences.GetForUserAsync(userId, cancellationToken) ?? throw new NotFoundException("This account has no preferences.");
        row.Change(new UserPreferencesChange(request.Theme, request.Language, request.Timezone, request.EmailNotifications,
            request.PushNotifications, request.WeeklyReports, request.MarketingEmails), clock.GetUtcNow());
        return mapper.Map<UserPreferencesDto>(row);
    }
}
