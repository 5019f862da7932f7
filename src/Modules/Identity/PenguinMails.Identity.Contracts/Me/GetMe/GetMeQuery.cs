using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.GetMe;

/// <summary>The caller's profile with every tenant they are an active member of.</summary>
public sealed record GetMeQuery : IQuery<MeDto>;
