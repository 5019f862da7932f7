using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;

namespace PenguinMails.Campaigns.Application.Templates.DeleteTemplate;

internal sealed class DeleteTemplateCommandHandler(ITemplateRepository templates) : IRequestHandler<DeleteTemplateCommand, Unit>
{
    public async Task<Unit> Handle(DeleteTemplateCommand request, CancellationToken cancellationToken)
    {
        templates.Remove(await templates.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("template", request.Id));
        return Unit.Value;
    }
}
