using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Contracts;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Infrastructure;
using PenguinMails.Campaigns.Application;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Application.Leads;
using PenguinMails.Campaigns.Application.Leads.ImportLeads;
using PenguinMails.Campaigns.Application.Sending;
using PenguinMails.Campaigns.Application.Suppressions;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Application.Unsubscribes;
using PenguinMails.Campaigns.Infrastructure.Billing;
using PenguinMails.Campaigns.Infrastructure.Enrollments;
using PenguinMails.Campaigns.Infrastructure.Import;
using PenguinMails.Campaigns.Infrastructure.Jobs;
using PenguinMails.Campaigns.Infrastructure.Persistence;
using PenguinMails.Campaigns.Infrastructure.Sending;
using PenguinMails.Campaigns.Infrastructure.Unsubscribes;
using PenguinMails.Campaigns.Infrastructure.Workspace;
using PenguinMails.Workspace.Contracts;

namespace PenguinMails.Campaigns.Infrastructure;

public static class CampaignsInfrastructureExtensions
{
    /// <summary>
    /// The Campaigns module's DbContext, handlers, validators, repositories and mappings, its lead import, what its
    /// unique constraints mean, and what it tells Workspace and Billing.
    /// </summary>
    public static IServiceCollection AddCampaignsInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton(new UniqueConstraintConflict("leads_tenant_id_email_key", LeadConflicts.AlreadyAdded, "This address is already one of this tenant's leads."));
        services.AddSingleton(new UniqueConstraintConflict("suppressions_value_once", SuppressionConflicts.AlreadySuppressed, "This address or domain is already on the suppression list."));
        services.AddSingleton(new UniqueConstraintConflict("ux_folders_tenant_name", TemplateConflicts.FolderNameTaken, "A folder of this name exists; choose another."));
        services.AddSingleton(new UniqueConstraintConflict("ux_tags_tenant_value", TemplateConflicts.TagExists, "A tag with this value exists; choose another."));
        services.AddSingleton(new UniqueConstraintConflict("template_folders_template_id_folder_id_key", TemplateConflicts.AlreadyInFolder, "The template is already in that folder."));
        services.AddSingleton(new UniqueConstraintConflict("template_tags_template_id_tag_id_key", TemplateConflicts.AlreadyTagged, "The template already carries that tag."));
        services.AddOptions<SendingOptions>().BindConfiguration(SendingOptions.Section);
        return services
            .AddSingleton<ILeadSourceReader, LeadSourceReader>()
            .AddScoped<ILeadImporter, LeadImporter>()
            .AddScoped<IEnrollmentWriter, EnrollmentWriter>()
            .AddSingleton<IUnsubscribeTokens, DataProtectionUnsubscribeTokens>()
            .AddHostedService<CampaignStartService>()
            .AddScoped<IMessageLogReader, MessageLogReader>()
            .AddSingleton<SendingEngine>()
            .AddHostedService(sp => sp.GetRequiredService<SendingEngine>())
            .AddScoped<ICompanyDependents, CompanyCampaigns>()
            .AddScoped<IUsageCounter, ContactUsage>()
            .AddScoped<IUsageCounter, MonthlyCampaignUsage>()
            .AddScoped<IUsageCounter, MonthlyEmailUsage>()
            .AddModuleDbContext<CampaignsDbContext>()
            .AddModuleServices(CampaignsApplicationAssembly.Assembly, typeof(CampaignsDbContext).Assembly);
    }
}
