using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.Deliverability.Application.Domains;
using PenguinMails.Deliverability.Application.Mail;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ClaimSend;
using PenguinMails.Deliverability.Contracts.EmailAccounts.SendTestEmail;

namespace PenguinMails.Deliverability.Application.EmailAccounts.SendTestEmail;

/// <summary>The send is claimed against the account's cap first, so a test cannot be used to pass it.</summary>
internal sealed class SendTestEmailCommandHandler(IEmailAccountRepository accounts, IDomainRepository domains, ISecretStore secrets, IMailDelivery delivery, IMediator mediator)
    : IRequestHandler<SendTestEmailCommand, TestEmailResultDto>
{
    public const string Subject = "PenguinMails test message";

    public async Task<TestEmailResultDto> Handle(SendTestEmailCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("email account", request.Id);
        var domain = await domains.GetAsync(account.DomainId!.Value, cancellationToken) ?? throw NotFoundException.For("domain", account.DomainId.Value);
        await mediator.Send(new ClaimSendCommand(account.Id), cancellationToken);

        var smtp = account.SmtpSettings!;
        var (login, dkim) = await secrets.RevealAsync(account, domain, cancellationToken);
        var email = new OutgoingEmail(
            account.Email, null, request.To.Trim(), Subject,
            $"This is a test message from PenguinMails, sent through {account.Email} ({smtp.Host}:{smtp.Port}). If it reached you, the account can send.",
            MessageIds.New(domain.Domain), [], dkim);

        var outcome = await delivery.SendAsync(login, email, cancellationToken);
        return new TestEmailResultDto(outcome.Sent, email.MessageId, outcome.Reply, outcome.FailedAt, outcome.StatusCode);
    }
}
