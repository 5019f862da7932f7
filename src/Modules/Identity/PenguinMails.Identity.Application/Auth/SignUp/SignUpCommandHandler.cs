using MediatR;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.SignUp;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Auth.SignUp;

/// <summary>
/// Answers a free and a taken address alike, after the same work (one lookup, one slow hash, one e-mail), so neither
/// the answer nor its time tells whether the address has an account (ADR 0024). A free address gets the link that
/// finishes the sign-up; a taken one tells its owner someone tried, and where to sign in.
/// </summary>
internal sealed class SignUpCommandHandler(
    IUserRepository users,
    IPasswordHasher hasher,
    ISignedTokens tokens,
    IdentityLinks links,
    IEmailSender sender,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IRequestHandler<SignUpCommand, SignUpAcceptedDto>
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    public async Task<SignUpAcceptedDto> Handle(SignUpCommand request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        var password = HashedPassword.Of(hasher, request.Password);
        var message = await users.EmailExistsAsync(email, cancellationToken)
            ? new EmailMessage(email, "sign-up-attempt", "Someone tried to sign up to PenguinMails with your address", links.SignIn())
            : new EmailMessage(email, "sign-up", "Finish signing up to PenguinMails",
                links.SignUp(tokens.IssueSignUp(new PendingSignUp(email, request.Name, request.TenantName, password), clock.GetUtcNow() + LinkLifetime)));

        await unitOfWork.OnCommittedAsync(ct => sender.SendAsync(message, ct), cancellationToken);
        return new SignUpAcceptedDto(email);
    }
}
