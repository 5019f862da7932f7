namespace PenguinMails.Identity.Application.Ports;

/// <summary>Sends account e-mail (verification and invitation links). The default writes the message to the log.</summary>
internal interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <param name="Kind">What the message is for, e.g. <c>email-verification</c> or <c>invitation</c>.</param>
internal sealed record EmailMessage(string To, string Kind, string Subject, string Link);
