using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Contracts;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Auth.SignUp;

internal sealed class SignUpCommandHandler(
    IUserRepository users,
    AccountRegistrar registrar,
    TenantProvisioner provisioner,
    SessionIssuer sessionIssuer,
    EmailVerificationSender verification) : IRequestHandler<SignUpCommand, SignUpResultDto>
{
    public async Task<SignUpResultDto> Handle(SignUpCommand request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        if (await users.EmailExistsAsync(email, cancellationToken))
        {
            throw EmailTaken();
        }

        var user = await registrar.RegisterAsync(email, request.Name, request.Password, emailVerified: false, tenantId: null, cancellationToken);

        var tenant = await provisioner.ProvisionAsync(request.TenantName, user, cancellationToken);
        var token = sessionIssuer.Start(user.Id, twoFactorVerified: false);
        await verification.SendAsync(user, cancellationToken);
        return new SignUpResultDto(user.Id, tenant.Id, token.AccessToken, token.TokenType, token.ExpiresAt);
    }

    internal static ConflictException EmailTaken() =>
        new("email-taken", "An account with this e-mail address already exists; sign in instead.");
}
