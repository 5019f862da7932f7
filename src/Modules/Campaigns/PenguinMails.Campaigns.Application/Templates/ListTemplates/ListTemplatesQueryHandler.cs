using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Templates.ListTemplates;

namespace PenguinMails.Campaigns.Application.Templates.ListTemplates;

internal sealed class ListTemplatesQueryHandler(ITemplateRepository templates, IMapper mapper) : IRequestHandler<ListTemplatesQuery, CursorPage<TemplateDto>>
{
    public async Task<CursorPage<TemplateDto>> Handle(ListTemplatesQuery request, CancellationToken cancellationToken)
    {
        var rows = await templates.ListAsync(new TemplatesPageSpecification(request), cancellationToken);
        var labels = await templates.LabelsAsync(rows.Take(request.Limit).Select(t => t.Id).ToList(), cancellationToken);
        return CursorPage.FromOverfetch(rows, request.Limit, t => mapper.Map<TemplateDto>(t).Labelled(labels.GetValueOrDefault(t.Id, TemplateLabels.None)), t => new CreatedPosition(t.Created, t.Id).Encode());
    }
}
