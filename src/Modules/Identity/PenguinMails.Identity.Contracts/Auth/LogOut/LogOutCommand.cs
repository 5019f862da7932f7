using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Auth.LogOut;

/// <summary>Revokes the access token the request was made with.</summary>
public sealed record LogOutCommand : ICommand<Unit>;
