using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.Labels;

/// <summary>Puts the template in one of the tenant's folders; already there is 409.</summary>
public sealed record AddTemplateToFolderCommand(Guid TemplateId, long FolderId) : ICommand<Unit>;

public sealed record RemoveTemplateFromFolderCommand(Guid TemplateId, long FolderId) : ICommand<Unit>;

/// <summary>Tags the template with one of the tenant's tags or a platform default; already tagged is 409.</summary>
public sealed record TagTemplateCommand(Guid TemplateId, long TagId) : ICommand<Unit>;

public sealed record UntagTemplateCommand(Guid TemplateId, long TagId) : ICommand<Unit>;

internal sealed class TemplateLabelCommandHandlers(ITemplateRepository templates, IFolderRepository folders, ITagRepository tags, TimeProvider clock) :
    IRequestHandler<AddTemplateToFolderCommand, Unit>,
    IRequestHandler<RemoveTemplateFromFolderCommand, Unit>,
    IRequestHandler<TagTemplateCommand, Unit>,
    IRequestHandler<UntagTemplateCommand, Unit>
{
    public async Task<Unit> Handle(AddTemplateToFolderCommand request, CancellationToken cancellationToken)
    {
        var template = await TemplateAsync(request.TemplateId, cancellationToken);
        var folder = await folders.GetAsync(request.FolderId, cancellationToken) ?? throw NotFoundException.For("folder", request.FolderId);
        if (await templates.FindFolderLinkAsync(template.Id, folder.Id, cancellationToken) is not null)
        {
            throw new ConflictException(TemplateConflicts.AlreadyInFolder, $"The template is already in the folder {folder.Name}.");
        }

        templates.Link(TemplateFolder.Create(template, folder, clock.GetUtcNow()));
        return Unit.Value;
    }

    public async Task<Unit> Handle(RemoveTemplateFromFolderCommand request, CancellationToken cancellationToken)
    {
        var link = await templates.FindFolderLinkAsync(request.TemplateId, request.FolderId, cancellationToken)
                   ?? throw new NotFoundException("The template is not in that folder.");
        templates.Unlink(link);
        return Unit.Value;
    }

    public async Task<Unit> Handle(TagTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = await TemplateAsync(request.TemplateId, cancellationToken);
        var tag = await tags.GetAsync(request.TagId, cancellationToken) ?? throw NotFoundException.For("tag", request.TagId);
        if (await templates.FindTagLinkAsync(template.Id, tag.Id, cancellationToken) is not null)
        {
            throw new ConflictException(TemplateConflicts.AlreadyTagged, $"The template is already tagged {tag.Value}.");
        }

        templates.Link(TemplateTag.Create(template, tag, clock.GetUtcNow()));
        return Unit.Value;
    }

    public async Task<Unit> Handle(UntagTemplateCommand request, CancellationToken cancellationToken)
    {
        var link = await templates.FindTagLinkAsync(request.TemplateId, request.TagId, cancellationToken)
                   ?? throw new NotFoundException("The template does not carry that tag.");
        templates.Unlink(link);
        return Unit.Value;
    }

    private async Task<Template> TemplateAsync(Guid id, CancellationToken cancellationToken) =>
        await templates.GetAsync(id, cancellationToken) ?? throw NotFoundException.For("template", id);
}
