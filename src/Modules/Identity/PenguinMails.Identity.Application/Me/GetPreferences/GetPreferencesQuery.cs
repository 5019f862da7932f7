using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Me.GetPreferences;

public sealed record GetPreferencesQuery : IQuery<UserPreferencesDto>;
