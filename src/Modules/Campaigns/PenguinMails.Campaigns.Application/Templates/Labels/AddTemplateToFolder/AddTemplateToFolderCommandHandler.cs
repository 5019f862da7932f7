using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts.Templates.Labels.AddTemplateToFolder;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.Labels.AddTemplateToFolder;

internal sealed class AddTemplateToFolderCommandHandler(ITemplateRepository templates, IFolderRepository folders, TimeProvider clock) : IRequestHandler<AddTemplateToFolderCommand, Unit>
{
    public async Task<Unit> Handle(AddTemplateToFolderCommand request, CancellationToken cancellationToken)
    {
        var template = await templates.RequireAsync(request.TemplateId, cancellationToken);
        var folder = await folders.RequireAsync(request.FolderId, cancellationToken);
        if (await templates.FindFolderLinkAsync(template.Id, folder.Id, cancellationToken) is not null)
        {
            throw new ConflictException(TemplateConflicts.AlreadyInFolder, $"The template is already in the folder {folder.Name}.");
        }

        templates.Link(TemplateFolder.Create(template, folder, clock.GetUtcNow()));
        return Unit.Value;
    }
}
