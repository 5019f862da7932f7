using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Contracts.Tags.UpdateTag;

/// <summary>Changes the tenant's own tag; a platform default cannot be changed (403).</summary>
public sealed record UpdateTagCommand : ICommand<TagDto>
{
    [JsonIgnore]
    public long Id { get; init; }

    public Optional<string> Value { get; init; }

    public Optional<string?> Name { get; init; }

    public Optional<string?> Description { get; init; }
}
