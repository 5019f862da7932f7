using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts.Templates.Labels.RemoveTemplateFromFolder;

namespace PenguinMails.Campaigns.Application.Templates.Labels.RemoveTemplateFromFolder;

internal sealed class RemoveTemplateFromFolderCommandHandler(ITemplateRepository templates) : IRequestHandler<RemoveTemplateFromFolderCommand, Unit>
{
    public async Task<Unit> Handle(RemoveTemplateFromFolderCommand request, CancellationToken cancellationToken)
    {
        var link = await templates.FindFolderLinkAsync(request.TemplateId, request.FolderId, cancellationToken)
                   ?? throw new NotFoundException("The template is not in that folder.");
        templates.Unlink(link);
        return Unit.Value;
    }
}
