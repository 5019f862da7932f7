using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Auth.SignUp;

/// <summary>A new account, its first tenant (the account its owner) and everything the tenant needs, all or nothing.</summary>
public sealed record SignUpCommand(string Email, string Password, string Name, string TenantName) : ICommand<SignUpResultDto>;
