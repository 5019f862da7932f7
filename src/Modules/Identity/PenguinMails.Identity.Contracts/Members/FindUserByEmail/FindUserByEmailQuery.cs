using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Members.FindUserByEmail;

/// <summary>The id of the active account with this address, compared case-insensitively (in-process contract).</summary>
public sealed record FindUserByEmailQuery(string Email) : IQuery<Guid?>;
