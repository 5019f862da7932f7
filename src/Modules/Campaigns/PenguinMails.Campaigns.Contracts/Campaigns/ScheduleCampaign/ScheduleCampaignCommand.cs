using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Campaigns.ScheduleCampaign;

/// <summary>draft → scheduled at a future time; the sequence must be able to send (409 otherwise).</summary>
public sealed record ScheduleCampaignCommand(DateTimeOffset Scheduled) : ICommand<CampaignDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}
