using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Me.UpdateMe;

/// <summary>Changes the fields present; an absent (null) field stays as it is.</summary>
public sealed record UpdateMeCommand(string? Name = null, string? GivenName = null, string? FamilyName = null, string? Picture = null) : ICommand<MeDto>;
