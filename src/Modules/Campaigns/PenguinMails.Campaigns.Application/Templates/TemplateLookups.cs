using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates;

/// <summary>The template, folder or tag a request names, or the 404 (403 for a platform tag a tenant may not change).</summary>
internal static class TemplateLookups
{
    public static async Task<Template> RequireAsync(this ITemplateRepository templates, Guid id, CancellationToken cancellationToken) =>
        await templates.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("template", id);

    public static async Task<Template> RequireForUpdateAsync(this ITemplateRepository templates, Guid id, CancellationToken cancellationToken) =>
        await templates.GetForUpdateAsync(id, cancellationToken) ?? throw NotFoundException.For("template", id);

    public static async Task<Folder> RequireAsync(this IFolderRepository folders, long id, CancellationToken cancellationToken) =>
        await folders.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("folder", id);

    public static async Task<Tag> RequireAsync(this ITagRepository tags, long id, CancellationToken cancellationToken) =>
        await tags.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("tag", id);

    public static async Task<Tag> RequireOwnAsync(this ITagRepository tags, long id, CancellationToken cancellationToken)
    {
        var tag = await tags.RequireAsync(id, cancellationToken);
        return tag.IsPlatformDefault
            ? throw new ForbiddenException(TemplateConflicts.PlatformTag, $"The tag {tag.Value} is a platform default: every tenant uses it and none changes it.")
            : tag;
    }
}
