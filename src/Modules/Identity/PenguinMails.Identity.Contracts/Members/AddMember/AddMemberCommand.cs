using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Members.AddMember;

/// <summary>
/// Invites an address to the tenant: it joins when it accepts (an address without an account by creating one, an
/// existing account signed in), after approval unless the tenant approves members automatically.
/// </summary>
public sealed record AddMemberCommand(string Email, IReadOnlyList<string> Roles) : ICommand<AddMemberResultDto>;
