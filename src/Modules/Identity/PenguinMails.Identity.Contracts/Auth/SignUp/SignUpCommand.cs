using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Auth.SignUp;

/// <summary>
/// Asks for an account and its first tenant. Nothing is stored until the link e-mailed to the address is followed
/// (<c>ConfirmSignUpCommand</c>): the address is proven before it becomes an account, and no one can hold an address
/// they do not receive mail at.
/// </summary>
public sealed record SignUpCommand(string Email, string Password, string Name, string TenantName) : ICommand<SignUpAcceptedDto>;
