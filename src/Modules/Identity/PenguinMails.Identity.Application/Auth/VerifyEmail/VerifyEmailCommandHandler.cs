using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Contracts.Auth.VerifyEmail;

namespace PenguinMails.Identity.Application.Auth.VerifyEmail;

internal sealed class VerifyEmailCommandHandler(ISignedTokens tokens, IUserRepository users, TimeProvider clock) : IRequestHandler<VerifyEmailCommand, Unit>
{
    public async Task<Unit> Handle(VerifyEmailCommand request, CancellationToken cancellationToken)
    {
        var claims = await tokens.ReadEmailVerificationAsync(request.Token);
        var user = claims is null ? null : await users.GetAsync(claims.UserId, cancellationToken);

        // A link for an address the account no longer has proves nothing about the current one.
        if (claims is null || user is null || !user.IsActive || user.Email != claims.Email)
        {
            throw InvalidToken();
        }

        user.VerifyEmail(clock.GetUtcNow());
        return Unit.Value;
    }

    internal static RequestValidationException InvalidToken() =>
        new(new Dictionary<string, string[]> { ["token"] = ["The link is not valid or has expired; ask for a new one."] });
}
