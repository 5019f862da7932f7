using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Contracts.EmailAccounts.SendTestEmail;

/// <summary>
/// Sends one test e-mail through the account's SMTP server, DKIM-signed with its domain's key, to <c>to</c>. It counts
/// against the account's daily cap. The answer is the server's reply, or where and how the delivery failed.
/// </summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record SendTestEmailCommand(string To) : ICommand<TestEmailResultDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}
