using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Me.UpdateMe;

/// <summary>Changes the fields present in the body; <c>null</c> clears givenName, familyName or picture.</summary>
public sealed record UpdateMeCommand : ICommand<MeDto>
{
    public Optional<string> Name { get; init; }

    public Optional<string?> GivenName { get; init; }

    public Optional<string?> FamilyName { get; init; }

    public Optional<string?> Picture { get; init; }
}
