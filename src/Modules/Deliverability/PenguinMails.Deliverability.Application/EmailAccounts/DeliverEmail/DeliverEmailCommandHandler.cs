using MediatR;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.Deliverability.Application.Mail;
using PenguinMails.Deliverability.Contracts.EmailAccounts.DeliverEmail;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts.DeliverEmail;

/// <summary>
/// Classifies what the server did in the terms the engine acts on. The cap was already reserved by the engine's claim;
/// a failure of the account itself (it could not connect, secure, log in, or was refused as the sender) pauses its
/// sending, so one broken mailbox never burns its leads' attempts.
/// </summary>
internal sealed class DeliverEmailCommandHandler(IEmailAccountRepository accounts, ISecretStore secrets, IMailDelivery delivery, IUnitOfWork unitOfWork, TimeProvider clock)
    : IRequestHandler<DeliverEmailCommand, DeliveryResultDto>
{
    private static readonly string[] AccountStages = [DeliveryStages.Connect, DeliveryStages.Tls, DeliveryStages.Auth, DeliveryStages.Sender];

    public async Task<DeliveryResultDto> Handle(DeliverEmailCommand request, CancellationToken cancellationToken)
    {
        if (await ReadSenderAsync(request.EmailAccountId, cancellationToken) is not var (account, login, dkim))
        {
            // Removed while its e-mail was claimed: nothing to pause, the e-mail goes back.
            return new DeliveryResultDto(DeliveryOutcomes.NotSent, "The account or its domain is gone.", DeliveryStages.Connect, null, false);
        }

        var email = new OutgoingEmail(account.Email, request.FromName, request.To, request.Subject, request.TextBody, request.MessageId, request.Headers, dkim);
        var outcome = await delivery.SendAsync(login, email, cancellationToken, request.BeforeData);
        var result = Classify(outcome);
        if (result == DeliveryOutcomes.AccountFailure)
        {
            await accounts.PauseSendingAsync(account.Id, $"{outcome.FailedAt}: {outcome.Reply}", clock.GetUtcNow(), cancellationToken);
        }
        else if (account.SendingFailures > 0 && result == DeliveryOutcomes.Sent)
        {
            await accounts.ResumeSendingAsync(account.Id, cancellationToken);
        }

        return new DeliveryResultDto(result, outcome.Reply, outcome.FailedAt, outcome.StatusCode, outcome.DataStarted);
    }

    /// <summary>The account and its secrets, read in a short transaction of their own that ends before the SMTP session begins.</summary>
    private Task<(EmailAccount Account, SmtpAccount Login, DkimKey? Dkim)?> ReadSenderAsync(Guid accountId, CancellationToken cancellationToken) =>
        unitOfWork.InTransactionAsync<(EmailAccount, SmtpAccount, DkimKey?)?>(async () =>
        {
            if (await accounts.GetSenderAsync(accountId, cancellationToken) is not ({ SmtpSettings: not null } account, var domain))
            {
                return null;
            }

            var (login, dkim) = await secrets.RevealAsync(account, domain, cancellationToken);
            return (account, login, dkim);
        }, cancellationToken);

    private static string Classify(DeliveryOutcome outcome) => outcome switch
    {
        { Sent: true } => DeliveryOutcomes.Sent,
        { Aborted: true } => DeliveryOutcomes.Aborted,
        { IsTransient: true } => DeliveryOutcomes.Deferred,
        { FailedAt: var at } when AccountStages.Contains(at) => DeliveryOutcomes.AccountFailure,
        { StatusCode: >= 500 } => DeliveryOutcomes.Rejected,
        { DataStarted: true } => DeliveryOutcomes.Unknown,
        _ => DeliveryOutcomes.NotSent,
    };
}
