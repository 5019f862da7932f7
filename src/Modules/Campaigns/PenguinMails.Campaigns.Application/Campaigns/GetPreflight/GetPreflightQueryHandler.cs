using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Application.Steps.ListSteps;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.GetPreflight;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.GetPreflight;

/// <summary>
/// The checks scheduling makes, without changing anything, plus what only the leads can tell: whether there are any,
/// and how many of them lack a custom field a template says without a fallback (counted in one statement).
/// </summary>
internal sealed class GetPreflightQueryHandler(ICampaignRepository campaigns, ITemplateRepository templates, IEnrollmentRepository enrollments, IMediator mediator)
    : IRequestHandler<GetPreflightQuery, CampaignPreflightDto>
{
    public async Task<CampaignPreflightDto> Handle(GetPreflightQuery request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.SingleOrDefaultAsync(new CampaignWithStepsSpecification(request.Id), cancellationToken)
                       ?? throw NotFoundException.For("campaign", request.Id);
        var problems = new List<PreflightProblemDto>();
        var sequence = campaign.SequenceRule(await mediator.SendingAccountsAsync(campaign, cancellationToken));
        if (sequence.IsBroken())
        {
            problems.Add(new PreflightProblemDto(sequence.Code, sequence.Message));
        }

        var said = await VariablesByStepAsync(campaign, cancellationToken);
        var lacking = await enrollments.CountLeadsLackingAsync(campaign.Id, [.. said.SelectMany(s => s.Variables).Distinct()], cancellationToken);
        if (lacking.Enrolled == 0)
        {
            problems.Add(new PreflightProblemDto(PreflightCodes.NoLeads, "The campaign has no active or paused lead to write to."));
        }

        foreach (var (step, variables) in said)
        {
            foreach (var variable in variables.Where(v => lacking.ByVariable.GetValueOrDefault(v) > 0))
            {
                var leads = lacking.ByVariable[variable];
                problems.Add(new PreflightProblemDto(PreflightCodes.UnknownVariable,
                    $"Step {step} says {{{{{variable}}}}} without a fallback and {leads} of the campaign's leads have no such field; add the field or write {{{{{variable}|...}}}}.",
                    step, variable, leads));
            }
        }

        return new CampaignPreflightDto(problems.Count == 0, problems);
    }

    private async Task<List<(int Step, IReadOnlyList<string> Variables)>> VariablesByStepAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var steps = campaign.Steps.Where(s => s.IsActive && s.StepType == StepType.Email && s.TemplateId is not null).ToList();
        var used = await templates.ListAsync(new TemplatesByIdSpecification([.. steps.Select(s => s.TemplateId!.Value).Distinct()]), cancellationToken);
        var byId = used.ToDictionary(t => t.Id);
        return [.. steps.Select(step =>
        {
            var template = byId.GetValueOrDefault(step.TemplateId!.Value);
            string?[] texts = [step.SubjectOverride ?? template?.Subject, template?.Content];
            return (step.StepOrder, (IReadOnlyList<string>)[.. texts.SelectMany(TemplateText.CustomVariablesWithoutFallback).Distinct()]);
        })];
    }
}

internal static class PreflightCodes
{
    public const string NoLeads = "no-leads";
    public const string UnknownVariable = "unknown-variable";
}
