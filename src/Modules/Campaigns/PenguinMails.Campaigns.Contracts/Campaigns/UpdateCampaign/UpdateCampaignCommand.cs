using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Contracts.Campaigns.UpdateCampaign;

/// <summary>Changes name or description (any time) or company (while draft); null clears the description.</summary>
public sealed record UpdateCampaignCommand : ICommand<CampaignDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<Guid> CompanyId { get; init; }
}
