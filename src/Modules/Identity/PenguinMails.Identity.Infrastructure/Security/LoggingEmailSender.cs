using Microsoft.Extensions.Logging;
using PenguinMails.Identity.Application.Ports;

namespace PenguinMails.Identity.Infrastructure.Security;

/// <summary>
/// The default e-mail sender: writes the message to the log, so sign-up and invitations work with no SMTP server.
/// The link is a credential for its recipient: a deployment that sends real mail replaces this sender.
/// </summary>
internal sealed partial class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        LogEmail(logger, message.Kind, message.To, message.Subject, message.Link);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail ({Kind}) to {To}: {Subject} {Link}")]
    private static partial void LogEmail(ILogger logger, string kind, string to, string subject, string link);
}
