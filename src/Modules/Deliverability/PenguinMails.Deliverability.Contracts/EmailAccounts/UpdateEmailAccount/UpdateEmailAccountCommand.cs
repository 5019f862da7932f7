using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.UpdateEmailAccount;

/// <summary>
/// Changes the fields present: a new password replaces the stored one; null clears imapSettings, or dailyLimit (back
/// to the platform's default). The address is fixed.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateEmailAccountCommand : ICommand<EmailAccountDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Provider { get; init; }

    public Optional<MailServerSettings> SmtpSettings { get; init; }

    public Optional<MailServerSettings?> ImapSettings { get; init; }

    public Optional<string> Status { get; init; }

    public Optional<string> Password { get; init; }

    public Optional<int?> DailyLimit { get; init; }

    public Optional<int> MinGapSeconds { get; init; }

    public Optional<int> RandomGapSeconds { get; init; }

    public override string ToString() => $"UpdateEmailAccountCommand {{ Id = {Id} }}";
}
