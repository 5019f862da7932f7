using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Members.IsActiveMember;

/// <summary>Whether the user is an active member of the current tenant (in-process contract for other modules).</summary>
public sealed record IsActiveMemberQuery(Guid UserId) : IQuery<bool>;
