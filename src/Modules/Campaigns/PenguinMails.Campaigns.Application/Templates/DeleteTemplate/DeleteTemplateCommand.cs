using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Campaigns.Application.Templates.DeleteTemplate;

/// <summary>Deletes the template with its folder and tag links; one a campaign step still uses is refused (409).</summary>
public sealed record DeleteTemplateCommand(Guid Id) : ICommand<Unit>;

internal sealed class DeleteTemplateCommandHandler(ITemplateRepository templates) : IRequestHandler<DeleteTemplateCommand, Unit>
{
    public async Task<Unit> Handle(DeleteTemplateCommand request, CancellationToken cancellationToken)
    {
        templates.Remove(await templates.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("template", request.Id));
        return Unit.Value;
    }
}
