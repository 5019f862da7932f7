using MapsterMapper;
using MediatR;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Templates.GetTemplate;

namespace PenguinMails.Campaigns.Application.Templates.GetTemplate;

internal sealed class GetTemplateQueryHandler(ITemplateRepository templates, IMapper mapper) : IRequestHandler<GetTemplateQuery, TemplateDto>
{
    public async Task<TemplateDto> Handle(GetTemplateQuery request, CancellationToken cancellationToken)
    {
        var template = await templates.RequireAsync(request.Id, cancellationToken);
        var labels = await templates.LabelsAsync([template.Id], cancellationToken);
        return mapper.Map<TemplateDto>(template).Labelled(labels.GetValueOrDefault(template.Id, TemplateLabels.None));
    }
}
