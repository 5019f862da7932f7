using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Leads;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Templates.PreviewTemplate;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.PreviewTemplate;

internal sealed class PreviewTemplateQueryHandler(ITemplateRepository templates, ILeadRepository leads) : IRequestHandler<PreviewTemplateQuery, TemplatePreviewDto>
{
    public async Task<TemplatePreviewDto> Handle(PreviewTemplateQuery request, CancellationToken cancellationToken)
    {
        var template = await templates.RequireAsync(request.TemplateId, cancellationToken);
        var lead = await leads.GetAsync(request.LeadId, cancellationToken) ?? throw NotFoundException.For("lead", request.LeadId);
        var values = TemplateText.ValuesOf(lead);
        var subject = TemplateText.Render(template.Subject, values);
        var content = TemplateText.Render(template.Content, values);
        return new TemplatePreviewDto(subject.Text, content.Text, subject.Unknown.Concat(content.Unknown).Distinct().ToList());
    }
}
