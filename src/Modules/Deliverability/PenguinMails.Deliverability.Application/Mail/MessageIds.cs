namespace PenguinMails.Deliverability.Application.Mail;

/// <summary>Message-IDs on the sending domain: unique, and saying nothing about the tenant or the lead.</summary>
internal static class MessageIds
{
    public static string New(string domain) => $"<{Guid.CreateVersion7():N}@{domain}>";
}
