using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Members.AddMember;

/// <summary>
/// Adds an address to the tenant: an existing account joins at once; an address without one is invited and
/// joins when it accepts (after approval, unless the tenant approves members automatically).
/// </summary>
public sealed record AddMemberCommand(string Email, IReadOnlyList<string> Roles) : ICommand<AddMemberResultDto>;
