using System.Collections.Concurrent;
using PenguinMails.Identity.Application.Ports;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>The e-mail sender of the test host: keeps every message so a test can follow its link.</summary>
internal sealed class Mailbox : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _messages = new();

    public IReadOnlyCollection<EmailMessage> Messages => _messages;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>The token of the latest link of this kind sent to this address.</summary>
    public string LatestToken(string to, string kind)
    {
        var message = _messages.LastOrDefault(m => m.To == to && m.Kind == kind)
                      ?? throw new InvalidOperationException($"No {kind} e-mail was sent to {to}.");
        return message.Link[(message.Link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..];
    }
}
