using System.Text.Json.Serialization;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Contracts.Templates.PreviewTemplate;

/// <summary>The template's subject and content as <paramref name="LeadId"/> would receive them.</summary>
public sealed record PreviewTemplateQuery(Guid LeadId) : IQuery<TemplatePreviewDto>
{
    [JsonIgnore]
    public Guid TemplateId { get; init; }
}
