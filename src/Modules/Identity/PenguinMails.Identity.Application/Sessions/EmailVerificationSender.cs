using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Sessions;

/// <summary>Sends the link that proves an address, once the transaction that created the need has committed.</summary>
internal sealed class EmailVerificationSender(ISignedTokens tokens, IdentityLinks links, IEmailSender sender, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    public Task SendAsync(User user, CancellationToken cancellationToken)
    {
        var token = tokens.IssueEmailVerification(user.Id, user.Email, clock.GetUtcNow() + Lifetime);
        var message = new EmailMessage(user.Email, "email-verification", "Confirm your e-mail address for PenguinMails", links.EmailVerification(token));
        return unitOfWork.OnCommittedAsync(ct => sender.SendAsync(message, ct), cancellationToken);
    }
}
