using MediatR;
using PenguinMails.Campaigns.Contracts.Templates.DeleteTemplate;

namespace PenguinMails.Campaigns.Application.Templates.DeleteTemplate;

internal sealed class DeleteTemplateCommandHandler(ITemplateRepository templates) : IRequestHandler<DeleteTemplateCommand, Unit>
{
    public async Task<Unit> Handle(DeleteTemplateCommand request, CancellationToken cancellationToken)
    {
        templates.Remove(await templates.RequireForUpdateAsync(request.Id, cancellationToken));
        return Unit.Value;
    }
}
