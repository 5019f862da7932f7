using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Templates.CreateTemplate;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.CreateTemplate;

internal sealed class CreateTemplateCommandHandler(ICurrentTenant current, ITemplateRepository templates, TimeProvider clock, IMapper mapper) : IRequestHandler<CreateTemplateCommand, TemplateDto>
{
    public Task<TemplateDto> Handle(CreateTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = Template.Create(current.RequireTenantId(), request.Name, request.Subject, request.Content, request.IsStarted, clock.GetUtcNow());
        templates.Add(template);
        return Task.FromResult(mapper.Map<TemplateDto>(template).Labelled(TemplateLabels.None));
    }
}
