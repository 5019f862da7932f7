using Mapster;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application;

/// <summary>How the module's entities become its DTOs (ADR 0028); <c>MappingTests</c> compiles every one.</summary>
internal sealed class CampaignsMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Campaign, CampaignDto>().Map(d => d.Status, s => s.Status.Name);
        config.NewConfig<CampaignSequenceStep, CampaignStepDto>();
        config.NewConfig<Lead, LeadDto>().Map(d => d.Status, s => s.Status.Name);
        // Labels come from their own query (TemplateLabels.Labelled).
        config.NewConfig<Template, TemplateDto>().Ignore(d => d.FolderIds, d => d.TagIds);
        config.NewConfig<Folder, FolderDto>();
        config.NewConfig<Tag, TagDto>();
    }
}
