using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts.Templates.Labels.TagTemplate;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.Labels.TagTemplate;

internal sealed class TagTemplateCommandHandler(ITemplateRepository templates, ITagRepository tags, TimeProvider clock) : IRequestHandler<TagTemplateCommand, Unit>
{
    public async Task<Unit> Handle(TagTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = await templates.RequireAsync(request.TemplateId, cancellationToken);
        var tag = await tags.RequireAsync(request.TagId, cancellationToken);
        if (await templates.FindTagLinkAsync(template.Id, tag.Id, cancellationToken) is not null)
        {
            throw new ConflictException(TemplateConflicts.AlreadyTagged, $"The template is already tagged {tag.Value}.");
        }

        templates.Link(TemplateTag.Create(template, tag, clock.GetUtcNow()));
        return Unit.Value;
    }
}
