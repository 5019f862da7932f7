using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Auth.LogIn;

public sealed record LogInCommand(string Email, string Password) : ICommand<LogInResult>;
