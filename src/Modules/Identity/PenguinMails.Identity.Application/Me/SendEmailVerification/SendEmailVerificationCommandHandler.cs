using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts.Me.SendEmailVerification;

namespace PenguinMails.Identity.Application.Me.SendEmailVerification;

internal sealed class SendEmailVerificationCommandHandler(ICurrentUser caller, IUserRepository users, EmailVerificationSender verification)
    : IRequestHandler<SendEmailVerificationCommand, Unit>
{
    public async Task<Unit> Handle(SendEmailVerificationCommand request, CancellationToken cancellationToken)
    {
        var userId = caller.RequireUserId();
        var user = await users.GetAsync(userId, cancellationToken) ?? throw NotFoundException.For("user", userId);
        if (user.IsEmailVerified)
        {
            throw new ConflictException("email-already-verified", "This address is verified already.");
        }

        await verification.SendAsync(user, cancellationToken);

        return Unit.Value;
    }
}
