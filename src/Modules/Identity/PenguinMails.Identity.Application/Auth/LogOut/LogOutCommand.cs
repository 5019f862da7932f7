using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Application.Auth.LogOut;

/// <summary>Revokes the access token the request was made with.</summary>
public sealed record LogOutCommand : ICommand<Unit>;
