using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.GetPreferences;

public sealed record GetPreferencesQuery : IQuery<UserPreferencesDto>;
