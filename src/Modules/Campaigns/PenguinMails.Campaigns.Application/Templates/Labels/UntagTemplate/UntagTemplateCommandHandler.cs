using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Contracts.Templates.Labels.UntagTemplate;

namespace PenguinMails.Campaigns.Application.Templates.Labels.UntagTemplate;

internal sealed class UntagTemplateCommandHandler(ITemplateRepository templates) : IRequestHandler<UntagTemplateCommand, Unit>
{
    public async Task<Unit> Handle(UntagTemplateCommand request, CancellationToken cancellationToken)
    {
        var link = await templates.FindTagLinkAsync(request.TemplateId, request.TagId, cancellationToken)
                   ?? throw new NotFoundException("The template does not carry that tag.");
        templates.Unlink(link);
        return Unit.Value;
    }
}
