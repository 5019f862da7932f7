using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Contracts.Leads.UpdateLead;

/// <summary>Changes name, company or status (null clears name or company). The address identifies the lead and does not change.</summary>
public sealed record UpdateLeadCommand : ICommand<LeadDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Company { get; init; }

    public Optional<string> Status { get; init; }
}
