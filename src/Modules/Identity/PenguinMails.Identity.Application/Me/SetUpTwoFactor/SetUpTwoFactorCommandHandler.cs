using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Me.SetUpTwoFactor;

namespace PenguinMails.Identity.Application.Me.SetUpTwoFactor;

internal sealed class SetUpTwoFactorCommandHandler(
    ICurrentUser caller, IUserRepository users, IUserCredentialRepository credentials, ISecretProtector protector, TimeProvider clock)
    : IRequestHandler<SetUpTwoFactorCommand, TwoFactorSetupDto>
{
    public async Task<TwoFactorSetupDto> Handle(SetUpTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var user = await users.GetAsync(userId, cancellationToken) ?? throw NotFoundException.For("user", userId);
        var credential = await credentials.GetAsync(userId, cancellationToken) ?? throw new NotFoundException("This account has no credentials.");
        var secret = Totp.NewSecret();
        credential.BeginTwoFactorEnrollment(protector.Protect(secret), clock.GetUtcNow());
        return new TwoFactorSetupDto(secret, Totp.ProvisioningUri(secret, user.Email));
    }
}
