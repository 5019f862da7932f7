using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Templates.UpdateTemplate;

namespace PenguinMails.Campaigns.Application.Templates.UpdateTemplate;

internal sealed class UpdateTemplateCommandHandler(ITemplateRepository templates, TimeProvider clock, IMapper mapper) : IRequestHandler<UpdateTemplateCommand, TemplateDto>
{
    public async Task<TemplateDto> Handle(UpdateTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = await templates.RequireForUpdateAsync(request.Id, cancellationToken);
        template.Change(request.Name, request.Subject, request.Content, request.IsStarted, clock.GetUtcNow());
        var labels = await templates.LabelsAsync([template.Id], cancellationToken);
        return mapper.Map<TemplateDto>(template).Labelled(labels.GetValueOrDefault(template.Id, TemplateLabels.None));
    }
}
