using MediatR;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Templates.UpdateTemplate;

namespace PenguinMails.Campaigns.Application.Templates.UpdateTemplate;

internal sealed class UpdateTemplateCommandHandler(ITemplateRepository templates, TimeProvider clock) : IRequestHandler<UpdateTemplateCommand, TemplateDto>
{
    public async Task<TemplateDto> Handle(UpdateTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = await templates.RequireForUpdateAsync(request.Id, cancellationToken);
        template.Change(request.Name, request.Subject, request.Content, request.IsStarted, clock.GetUtcNow());
        var labels = await templates.LabelsAsync([template.Id], cancellationToken);
        return template.ToDto(labels.GetValueOrDefault(template.Id, TemplateLabels.None));
    }
}
