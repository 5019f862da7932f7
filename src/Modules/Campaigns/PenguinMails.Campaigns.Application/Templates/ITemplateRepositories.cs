using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates;

internal interface ITemplateRepository : IRepository<Template>
{
    Task<Template?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<Template?> GetForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The folders and tags of each template, in two queries whatever the number of templates.</summary>
    Task<IReadOnlyDictionary<Guid, TemplateLabels>> LabelsAsync(IReadOnlyCollection<Guid> templateIds, CancellationToken cancellationToken);

    Task<TemplateFolder?> FindFolderLinkAsync(Guid templateId, long folderId, CancellationToken cancellationToken);

    Task<TemplateTag?> FindTagLinkAsync(Guid templateId, long tagId, CancellationToken cancellationToken);

    void Link(TemplateFolder link);

    void Link(TemplateTag link);

    void Unlink(TemplateFolder link);

    void Unlink(TemplateTag link);
}

internal sealed record TemplateLabels(IReadOnlyList<long> FolderIds, IReadOnlyList<long> TagIds)
{
    public static readonly TemplateLabels None = new([], []);
}

internal static class TemplateLabelling
{
    public static TemplateDto Labelled(this TemplateDto dto, TemplateLabels labels) => dto with { FolderIds = labels.FolderIds, TagIds = labels.TagIds };
}

internal interface IFolderRepository : IRepository<Folder>
{
    Task<Folder?> GetAsync(long id, CancellationToken cancellationToken);
}

internal interface ITagRepository : IRepository<Tag>
{
    /// <summary>The tenant's tag or a platform default.</summary>
    Task<Tag?> GetAsync(long id, CancellationToken cancellationToken);
}
