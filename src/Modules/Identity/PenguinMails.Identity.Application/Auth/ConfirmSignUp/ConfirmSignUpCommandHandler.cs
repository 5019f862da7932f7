using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.ConfirmSignUp;

namespace PenguinMails.Identity.Application.Auth.ConfirmSignUp;

/// <summary>
/// Makes the account the link describes. A link works once: the account it made holds the address, and a second use
/// meets that account (only the mailbox's owner can see that answer).
/// </summary>
internal sealed class ConfirmSignUpCommandHandler(
    ISignedTokens tokens,
    IUserRepository users,
    AccountRegistrar registrar,
    TenantProvisioner provisioner,
    SessionIssuer sessionIssuer) : IRequestHandler<ConfirmSignUpCommand, SignUpResultDto>
{
    public async Task<SignUpResultDto> Handle(ConfirmSignUpCommand request, CancellationToken cancellationToken)
    {
        var signUp = await tokens.ReadSignUpAsync(request.Token)
                     ?? throw new RequestValidationException(new Dictionary<string, string[]>
                     {
                         ["token"] = ["The link is not valid or has expired; sign up again."],
                     });

        if (await users.EmailExistsAsync(signUp.Email, cancellationToken))
        {
            throw EmailTaken();
        }

        var user = await registrar.RegisterAsync(signUp.Email, signUp.Name, signUp.Password, tenantId: null, cancellationToken);
        var tenant = await provisioner.ProvisionAsync(signUp.TenantName, user, cancellationToken);
        var token = sessionIssuer.Start(user.Id, twoFactorVerified: false);
        return new SignUpResultDto(user.Id, tenant.Id, token.AccessToken, token.TokenType, token.ExpiresAt);
    }

    internal static ConflictException EmailTaken() =>
        new("email-taken", "An account with this e-mail address exists already; sign in instead.");
}
