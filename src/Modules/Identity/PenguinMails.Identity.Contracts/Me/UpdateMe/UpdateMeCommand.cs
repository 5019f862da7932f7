using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Me.UpdateMe;

/// <summary>Changes the fields present in the body; <c>null</c> clears givenName, familyName or picture.</summary>
public sealed record UpdateMeCommand : ICommand<MeDto>
{
    public Optional<string> Name { get; init; }

    public Optional<string?> GivenName { get; init; }

    public Optional<string?> FamilyName { get; init; }

    public Optional<string?> Picture { get; init; }
}
