using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Application.Contracts;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Application.EmailAccounts.GetEmailAccount;

namespace PenguinMails.Campaigns.Application.Steps;

public sealed record ListStepsQuery(Guid CampaignId) : IQuery<IReadOnlyList<CampaignStepDto>>;

/// <summary>
/// A step, appended or inserted at <c>position</c> (1..n+1; later steps move down). Only while the campaign is draft or
/// paused. An email step needs templateId and emailAccountId of this tenant; a wait step exactly one of
/// waitDurationHours (1–8760) and waitUntilDate; a condition step a conditionType (and a conditionValue for clicked).
/// </summary>
public sealed record AddStepCommand(
    string StepType,
    Guid? TemplateId = null,
    Guid? EmailAccountId = null,
    string? SubjectOverride = null,
    string? FromNameOverride = null,
    string? SendCondition = null,
    int? WaitDurationHours = null,
    DateTimeOffset? WaitUntilDate = null,
    string? ConditionType = null,
    string? ConditionValue = null,
    bool IsActive = true,
    int? Position = null) : ICommand<CampaignStepDto>
{
    [JsonIgnore]
    public Guid CampaignId { get; init; }

    internal StepDefinition Definition => new(StepType, TemplateId, EmailAccountId, SubjectOverride, FromNameOverride, SendCondition,
        WaitDurationHours, WaitUntilDate, ConditionType, ConditionValue, IsActive);
}

/// <summary>Changes the fields present; the result must still be a valid step of its (possibly new) type.</summary>
public sealed record UpdateStepCommand : ICommand<CampaignStepDto>
{
    [JsonIgnore]
    public Guid CampaignId { get; init; }

    [JsonIgnore]
    public Guid StepId { get; init; }

    public Optional<string> StepType { get; init; }

    public Optional<Guid?> TemplateId { get; init; }

    public Optional<Guid?> EmailAccountId { get; init; }

    public Optional<string?> SubjectOverride { get; init; }

    public Optional<string?> FromNameOverride { get; init; }

    public Optional<string?> SendCondition { get; init; }

    public Optional<int?> WaitDurationHours { get; init; }

    public Optional<DateTimeOffset?> WaitUntilDate { get; init; }

    public Optional<string?> ConditionType { get; init; }

    public Optional<string?> ConditionValue { get; init; }

    public Optional<bool> IsActive { get; init; }
}

/// <summary>Deletes a step; the ones after it move up, so the order stays 1..n.</summary>
public sealed record DeleteStepCommand(Guid CampaignId, Guid StepId) : ICommand<Unit>;

/// <summary>Puts the steps in the order given: every step of the campaign exactly once.</summary>
public sealed record ReorderStepsCommand(IReadOnlyList<Guid> StepIds) : ICommand<IReadOnlyList<CampaignStepDto>>
{
    [JsonIgnore]
    public Guid CampaignId { get; init; }
}

/// <summary>For the sending engine (in-process, no route): counts one execution of a step.</summary>
public sealed record RecordStepExecutionCommand(Guid StepId) : ICommand<Unit>;

internal static class StepRules
{
    public const int MaxSendConditionLength = 1000;

    public static void Shape<T>(AbstractValidator<T> validator, Func<T, string?> type, Func<T, string?> subject, Func<T, string?> fromName, Func<T, string?> sendCondition,
        Func<T, int?> hours, Func<T, string?> conditionType, Func<T, string?> conditionValue)
    {
        validator.RuleFor(c => type(c)).OneOf(Domain.StepType.All).OverridePropertyName("stepType");
        validator.RuleFor(c => subject(c)).MaximumLength(CampaignSequenceStep.MaxSubjectOverrideLength).OverridePropertyName("subjectOverride");
        validator.RuleFor(c => fromName(c)).MaximumLength(CampaignSequenceStep.MaxFromNameOverrideLength).OverridePropertyName("fromNameOverride");
        validator.RuleFor(c => sendCondition(c)).MaximumLength(MaxSendConditionLength).OverridePropertyName("sendCondition");
        validator.RuleFor(c => hours(c)).InclusiveBetween(1, CampaignSequenceStep.MaxWaitHours).OverridePropertyName("waitDurationHours");
        validator.RuleFor(c => conditionType(c)).OneOf(Domain.ConditionType.All).OverridePropertyName("conditionType");
        validator.RuleFor(c => conditionValue(c)).MaximumLength(CampaignSequenceStep.MaxConditionValueLength).OverridePropertyName("conditionValue");
    }
}

internal sealed class AddStepCommandValidator : AbstractValidator<AddStepCommand>
{
    public AddStepCommandValidator()
    {
        RuleFor(c => c.StepType).NotEmpty();
        StepRules.Shape(this, c => c.StepType, c => c.SubjectOverride, c => c.FromNameOverride, c => c.SendCondition, c => c.WaitDurationHours, c => c.ConditionType, c => c.ConditionValue);
        RuleFor(c => c.Position).GreaterThanOrEqualTo(1);
    }
}

internal sealed class UpdateStepCommandValidator : PatchValidator<UpdateStepCommand>
{
    public UpdateStepCommandValidator()
    {
        RuleForPatch(c => c.StepType, r => r.NotEmpty().OneOf(Domain.StepType.All));
        RuleForPatch(c => c.SubjectOverride, r => r.MaximumLength(CampaignSequenceStep.MaxSubjectOverrideLength));
        RuleForPatch(c => c.FromNameOverride, r => r.MaximumLength(CampaignSequenceStep.MaxFromNameOverrideLength));
        RuleForPatch(c => c.SendCondition, r => r.MaximumLength(StepRules.MaxSendConditionLength));
        RuleForPatch(c => c.WaitDurationHours, r => r.InclusiveBetween(1, CampaignSequenceStep.MaxWaitHours));
        RuleForPatch(c => c.ConditionType, r => r.OneOf(Domain.ConditionType.All));
        RuleForPatch(c => c.ConditionValue, r => r.MaximumLength(CampaignSequenceStep.MaxConditionValueLength));
    }
}

internal sealed class ReorderStepsCommandValidator : AbstractValidator<ReorderStepsCommand>
{
    public ReorderStepsCommandValidator() =>
        RuleFor(c => c.StepIds).NotNull().Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("'{PropertyName}' names each step once.");
}

/// <summary>The campaign row is locked for every change of its steps, so orders never collide.</summary>
internal sealed class StepHandlers(ICampaignRepository campaigns, ITemplateRepository templates, IMediator mediator, TimeProvider clock) :
    IRequestHandler<ListStepsQuery, IReadOnlyList<CampaignStepDto>>,
    IRequestHandler<AddStepCommand, CampaignStepDto>,
    IRequestHandler<UpdateStepCommand, CampaignStepDto>,
    IRequestHandler<DeleteStepCommand, Unit>,
    IRequestHandler<ReorderStepsCommand, IReadOnlyList<CampaignStepDto>>,
    IRequestHandler<RecordStepExecutionCommand, Unit>
{
    public async Task<IReadOnlyList<CampaignStepDto>> Handle(ListStepsQuery request, CancellationToken cancellationToken)
    {
        _ = await campaigns.GetAsync(request.CampaignId, cancellationToken) ?? throw NotFoundException.For("campaign", request.CampaignId);
        return (await campaigns.StepsAsync(request.CampaignId, cancellationToken)).Select(s => s.ToDto()).ToList();
    }

    public async Task<CampaignStepDto> Handle(AddStepCommand request, CancellationToken cancellationToken)
    {
        var campaign = await EditableAsync(request.CampaignId, cancellationToken);
        await EnsureValidAsync(request.Definition, cancellationToken);
        var steps = await campaigns.StepsAsync(campaign.Id, cancellationToken);
        var position = Math.Min(request.Position ?? steps.Count + 1, steps.Count + 1);
        var now = clock.GetUtcNow();
        foreach (var later in steps.Where(s => s.StepOrder >= position))
        {
            later.MoveTo(later.StepOrder + 1, now);
        }

        var step = CampaignSequenceStep.Create(campaign, position, request.Definition, now);
        campaigns.AddStep(step);
        return step.ToDto();
    }

    public async Task<CampaignStepDto> Handle(UpdateStepCommand request, CancellationToken cancellationToken)
    {
        var campaign = await EditableAsync(request.CampaignId, cancellationToken);
        var step = (await campaigns.StepsAsync(campaign.Id, cancellationToken)).SingleOrDefault(s => s.Id == request.StepId)
                   ?? throw NotFoundException.For("step", request.StepId);
        var current = step.Definition;
        var definition = new StepDefinition(
            request.StepType.Or(current.StepType), request.TemplateId.Or(current.TemplateId), request.EmailAccountId.Or(current.EmailAccountId),
            request.SubjectOverride.Or(current.SubjectOverride), request.FromNameOverride.Or(current.FromNameOverride), request.SendCondition.Or(current.SendCondition),
            request.WaitDurationHours.Or(current.WaitDurationHours), request.WaitUntilDate.Or(current.WaitUntilDate),
            request.ConditionType.Or(current.ConditionType), request.ConditionValue.Or(current.ConditionValue), request.IsActive.Or(current.IsActive));
        await EnsureValidAsync(definition, cancellationToken);
        step.Define(definition, clock.GetUtcNow());
        return step.ToDto();
    }

    public async Task<Unit> Handle(DeleteStepCommand request, CancellationToken cancellationToken)
    {
        var campaign = await EditableAsync(request.CampaignId, cancellationToken);
        var steps = await campaigns.StepsAsync(campaign.Id, cancellationToken);
        var step = steps.SingleOrDefault(s => s.Id == request.StepId) ?? throw NotFoundException.For("step", request.StepId);
        campaigns.RemoveStep(step);
        Renumber(steps.Where(s => s.Id != step.Id));
        return Unit.Value;
    }

    public async Task<IReadOnlyList<CampaignStepDto>> Handle(ReorderStepsCommand request, CancellationToken cancellationToken)
    {
        var campaign = await EditableAsync(request.CampaignId, cancellationToken);
        var steps = await campaigns.StepsAsync(campaign.Id, cancellationToken);
        if (steps.Count != request.StepIds.Count || steps.Any(s => !request.StepIds.Contains(s.Id)))
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["stepIds"] = [$"Name every step of the campaign exactly once ({steps.Count} steps)."],
            });
        }

        var ordered = request.StepIds.Select(id => steps.Single(s => s.Id == id)).ToList();
        Renumber(ordered);
        return ordered.Select(s => s.ToDto()).ToList();
    }

    public async Task<Unit> Handle(RecordStepExecutionCommand request, CancellationToken cancellationToken) =>
        await campaigns.RecordExecutionAsync(request.StepId, clock.GetUtcNow(), cancellationToken)
            ? Unit.Value
            : throw NotFoundException.For("step", request.StepId);

    private void Renumber(IEnumerable<CampaignSequenceStep> inOrder)
    {
        var now = clock.GetUtcNow();
        var order = 1;
        foreach (var step in inOrder)
        {
            step.MoveTo(order++, now);
        }
    }

    private async Task<Campaign> EditableAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetForUpdateAsync(campaignId, cancellationToken) ?? throw NotFoundException.For("campaign", campaignId);
        campaign.EnsureStepsEditable();
        return campaign;
    }

    /// <summary>The definition fits its type (400), and what it refers to is this tenant's (404).</summary>
    private async Task EnsureValidAsync(StepDefinition definition, CancellationToken cancellationToken)
    {
        var problems = definition.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray()));
        }

        if (definition.TemplateId is { } templateId && definition.StepType == Domain.StepType.Email)
        {
            _ = await templates.GetAsync(templateId, cancellationToken) ?? throw NotFoundException.For("template", templateId);
        }

        if (definition.EmailAccountId is { } accountId && definition.StepType == Domain.StepType.Email)
        {
            await mediator.Send(new GetEmailAccountQuery(accountId), cancellationToken);
        }
    }
}
