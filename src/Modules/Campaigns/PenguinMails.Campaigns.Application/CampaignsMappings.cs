using Mapster;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application;

/// <summary>How the module's entities become its DTOs (ADR 0028); <c>MappingTests</c> compiles every one.</summary>
internal sealed class CampaignsMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Campaign, CampaignDto>()
            .Map(d => d.Status, s => s.Status.Name)
            .Map(d => d.Schedule, s => s.Window)
            .Map(d => d.EmailAccountIds, s => s.SenderIds);
        config.NewConfig<SendingWindow, CampaignScheduleDto>()
            .MapWith(w => new CampaignScheduleDto(w.TimeZone, w.Days, w.Start.ToString(ScheduleTimes.Format), w.End.ToString(ScheduleTimes.Format)));
        config.NewConfig<CampaignSequenceStep, CampaignStepDto>();
        config.NewConfig<Lead, LeadDto>().Map(d => d.Status, s => s.Status.Name);
        config.NewConfig<Enrollment, EnrollmentDto>()
            .Map(d => d.Email, s => s.Lead.Email)
            .Map(d => d.Name, s => s.Lead.Name)
            .Map(d => d.Status, s => s.Status.Name)
            .Map(d => d.Enrolled, s => s.Created)
            .Ignore(d => d.Messages!); // from the message log, for one lead's answer only
        config.NewConfig<Suppression, SuppressionDto>().Map(d => d.Kind, s => s.Kind.Name).Map(d => d.Reason, s => s.Reason.Name);
        // Labels come from their own query (TemplateLabels.Labelled).
        config.NewConfig<Template, TemplateDto>().Ignore(d => d.FolderIds, d => d.TagIds);
        config.NewConfig<Folder, FolderDto>();
        config.NewConfig<Tag, TagDto>();
    }
}
