using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Me.GetMe;

/// <summary>The caller's profile with every tenant they are an active member of.</summary>
public sealed record GetMeQuery : IQuery<MeDto>;
