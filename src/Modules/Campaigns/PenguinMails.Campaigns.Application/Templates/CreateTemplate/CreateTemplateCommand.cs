using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Templates.CreateTemplate;

/// <summary>A template; a <c>{{</c> without its <c>}}</c> in subject or content is refused (400).</summary>
public sealed record CreateTemplateCommand(string Name, string? Subject = null, string? Content = null, bool IsStarted = false) : ICommand<TemplateDto>;

internal sealed class CreateTemplateCommandValidator : AbstractValidator<CreateTemplateCommand>
{
    public CreateTemplateCommandValidator()
    {
        RuleFor(c => c.Name).ValidTemplateName();
        RuleFor(c => c.Subject).MaximumLength(Template.MaxSubjectLength).ClosedPlaceholders();
        RuleFor(c => c.Content).ClosedPlaceholders();
    }
}

internal sealed class CreateTemplateCommandHandler(ICurrentTenant current, ITemplateRepository templates, TimeProvider clock) : IRequestHandler<CreateTemplateCommand, TemplateDto>
{
    public Task<TemplateDto> Handle(CreateTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = Template.Create(current.RequireTenantId(), request.Name, request.Subject, request.Content, request.IsStarted, clock.GetUtcNow());
        templates.Add(template);
        return Task.FromResult(template.ToDto(TemplateLabels.None));
    }
}
