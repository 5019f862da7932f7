using System.Text.Json.Serialization;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Domain;
using FluentValidation;

namespace PenguinMails.Campaigns.Application.Templates.UpdateTemplate;

/// <summary>Changes the fields present; null clears subject or content.</summary>
public sealed record UpdateTemplateCommand : ICommand<TemplateDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public Optional<string> Name { get; init; }

    public Optional<string?> Subject { get; init; }

    public Optional<string?> Content { get; init; }

    public Optional<bool> IsStarted { get; init; }
}

internal sealed class UpdateTemplateCommandValidator : PatchValidator<UpdateTemplateCommand>
{
    public UpdateTemplateCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.ValidTemplateName());
        RuleForPatch(c => c.Subject, r => r.MaximumLength(Template.MaxSubjectLength).ClosedPlaceholders());
        RuleForPatch(c => c.Content, r => r.ClosedPlaceholders());
    }
}

internal sealed class UpdateTemplateCommandHandler(ITemplateRepository templates, TimeProvider clock) : IRequestHandler<UpdateTemplateCommand, TemplateDto>
{
    public async Task<TemplateDto> Handle(UpdateTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = await templates.GetForUpdateAsync(request.Id, cancellationToken) ?? throw NotFoundException.For("template", request.Id);
        template.Change(request.Name, request.Subject, request.Content, request.IsStarted, clock.GetUtcNow());
        var labels = await templates.LabelsAsync([template.Id], cancellationToken);
        return template.ToDto(labels.GetValueOrDefault(template.Id, TemplateLabels.None));
    }
}
