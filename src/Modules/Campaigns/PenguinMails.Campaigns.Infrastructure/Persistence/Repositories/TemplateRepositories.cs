using Microsoft.EntityFrameworkCore;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Infrastructure.Persistence.Repositories;

internal sealed class TemplateRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Template>(context), ITemplateRepository
{
    public Task<Template?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Set.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<Template?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Set.FromSql($"SELECT * FROM templates WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, TemplateLabels>> LabelsAsync(IReadOnlyCollection<Guid> templateIds, CancellationToken cancellationToken)
    {
        var folders = await Context.TemplateFolderRows.AsNoTracking()
            .Where(l => templateIds.Contains(l.TemplateId))
            .Select(l => new { l.TemplateId, l.FolderId })
            .ToListAsync(cancellationToken);
        var tags = await Context.TemplateTagRows.AsNoTracking()
            .Where(l => templateIds.Contains(l.TemplateId))
            .Select(l => new { l.TemplateId, l.TagId })
            .ToListAsync(cancellationToken);
        return templateIds.ToDictionary(id => id, id => new TemplateLabels(
            folders.Where(f => f.TemplateId == id).Select(f => f.FolderId).Order().ToList(),
            tags.Where(t => t.TemplateId == id).Select(t => t.TagId).Order().ToList()));
    }

    public Task<TemplateFolder?> FindFolderLinkAsync(Guid templateId, long folderId, CancellationToken cancellationToken) =>
        Context.TemplateFolderRows.SingleOrDefaultAsync(l => l.TemplateId == templateId && l.FolderId == folderId, cancellationToken);

    public Task<TemplateTag?> FindTagLinkAsync(Guid templateId, long tagId, CancellationToken cancellationToken) =>
        Context.TemplateTagRows.SingleOrDefaultAsync(l => l.TemplateId == templateId && l.TagId == tagId, cancellationToken);

    public void Link(TemplateFolder link) => Context.TemplateFolderRows.Add(link);

    public void Link(TemplateTag link) => Context.TemplateTagRows.Add(link);

    public void Unlink(TemplateFolder link) => Context.TemplateFolderRows.Remove(link);

    public void Unlink(TemplateTag link) => Context.TemplateTagRows.Remove(link);
}

internal sealed class FolderRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Folder>(context), IFolderRepository
{
    public Task<Folder?> GetAsync(long id, CancellationToken cancellationToken) => Set.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
}

/// <summary>Row-level security shows the tenant's own tags and the platform defaults, and lets the tenant write only its own.</summary>
internal sealed class TagRepository(CampaignsDbContext context) : EfRepository<CampaignsDbContext, Tag>(context), ITagRepository
{
    public Task<Tag?> GetAsync(long id, CancellationToken cancellationToken) => Set.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
}
