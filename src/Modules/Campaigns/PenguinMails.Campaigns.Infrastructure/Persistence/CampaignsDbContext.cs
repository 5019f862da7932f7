using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence;

/// <summary>The Campaigns module's tables: leads, templates, folders, template_folders, tags, template_tags, campaigns, campaign_sequence_steps, campaign_leads, suppressions, campaign_senders.</summary>
internal sealed class CampaignsDbContext(DbContextOptions<CampaignsDbContext> options, DbSession session, ICurrentTenant tenant, ICurrentUser user)
    : ModuleDbContext(options, session, tenant, user)
{
    public DbSet<Lead> LeadRows => Set<Lead>();

    public DbSet<MonthlySends> MonthlySendsRows => Set<MonthlySends>();

    public DbSet<Template> TemplateRows => Set<Template>();

    public DbSet<Folder> FolderRows => Set<Folder>();

    public DbSet<TemplateFolder> TemplateFolderRows => Set<TemplateFolder>();

    public DbSet<Tag> TagRows => Set<Tag>();

    public DbSet<TemplateTag> TemplateTagRows => Set<TemplateTag>();

    public DbSet<Campaign> CampaignRows => Set<Campaign>();

    public DbSet<CampaignSequenceStep> CampaignSequenceStepRows => Set<CampaignSequenceStep>();

    public DbSet<Enrollment> EnrollmentRows => Set<Enrollment>();

    public DbSet<Suppression> SuppressionRows => Set<Suppression>();

    /// <summary>The command's open connection, for set-based SQL of its own (COPY, multi-statement writes) in its transaction.</summary>
    public NpgsqlConnection UnitOfWorkConnection() =>
        Database.GetDbConnection() is NpgsqlConnection { State: ConnectionState.Open } open
            ? open
            : throw new InvalidOperationException("Set-based writes run inside the command's unit of work.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Template>().HasMany(t => t.FolderLinks).WithOne().HasForeignKey(l => l.TemplateId);
        modelBuilder.Entity<Template>().HasMany(t => t.TagLinks).WithOne().HasForeignKey(l => l.TemplateId);
    }
}
