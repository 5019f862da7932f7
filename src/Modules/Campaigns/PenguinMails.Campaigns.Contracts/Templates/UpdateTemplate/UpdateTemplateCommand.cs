using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Campaigns.Contracts.Templates.UpdateTemplate;

/// <summary>Changes the fields present; null clears subject or content.</summary>
public sealed record UpdateTemplateCommand : ICommand<TemplateDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string?> Subject { get; init; }

    public Optional<string?> Content { get; init; }

    public Optional<bool> IsStarted { get; init; }
}
