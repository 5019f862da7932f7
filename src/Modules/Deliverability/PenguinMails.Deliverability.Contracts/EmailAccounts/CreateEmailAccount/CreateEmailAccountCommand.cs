using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.CreateEmailAccount;

/// <summary>
/// A sending account on one of the tenant's verified domains; the address must be on that domain. The password
/// goes to the secret store; the account keeps only its reference.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record CreateEmailAccountCommand(
    Guid DomainId,
    string Email,
    string Password,
    MailServerSettings SmtpSettings,
    MailServerSettings? ImapSettings = null,
    string Provider = EmailProviders.Mailu,
    string Status = EmailAccountStatuses.Active,
    int? DailyLimit = null,
    int? MinGapSeconds = null,
    int? RandomGapSeconds = null) : ICommand<EmailAccountDto>
{
    /// <summary>Keeps the password out of anything that prints the command (logs, test output).</summary>
    public override string ToString() => $"CreateEmailAccountCommand {{ DomainId = {DomainId}, Email = {Email} }}";
}
