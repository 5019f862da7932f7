using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Contracts.Leads.UpdateLead;

/// <summary>
/// Changes names, company, custom fields or status (null clears a field; <c>customFields</c> replaces them all). The
/// address identifies the lead and does not change.
/// </summary>
public sealed record UpdateLeadCommand : ICommand<LeadDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> FirstName { get; init; }

    public Optional<string?> LastName { get; init; }

    public Optional<string?> Company { get; init; }

    public Optional<IReadOnlyDictionary<string, string>?> CustomFields { get; init; }

    public Optional<string> Status { get; init; }
}
