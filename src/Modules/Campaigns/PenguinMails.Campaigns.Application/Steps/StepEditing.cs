using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Application.Templates;
using PenguinMails.Campaigns.Contracts.Steps.AddStep;
using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Contracts.EmailAccounts.GetEmailAccount;

namespace PenguinMails.Campaigns.Application.Steps;

/// <summary>What every change to a campaign's steps shares: the campaign locked and still editable, a definition that fits.</summary>
internal static class StepEditing
{
    /// <summary>The campaign with its steps, locked, refused (409) unless its steps may change.</summary>
    public static async Task<Campaign> EditableAsync(this ICampaignRepository campaigns, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.RequireWithStepsForUpdateAsync(campaignId, cancellationToken);
        campaign.EnsureStepsEditable();
        return campaign;
    }

    public static StepDefinition ToDefinition(this AddStepCommand step) => new(
        step.StepType, step.TemplateId, step.EmailAccountId, step.SubjectOverride, step.FromNameOverride, step.SendCondition,
        step.WaitDurationHours, step.WaitUntilDate, step.ConditionType, step.ConditionValue, step.IsActive);

    /// <summary>The definition fits its type (400), and what it refers to is this tenant's (404).</summary>
    public static async Task EnsureValidAsync(StepDefinition definition, ITemplateRepository templates, IMediator mediator, CancellationToken cancellationToken)
    {
        var problems = definition.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray()));
        }

        if (definition.TemplateId is { } templateId && definition.StepType == StepType.Email)
        {
            await templates.RequireAsync(templateId, cancellationToken);
        }

        if (definition.EmailAccountId is { } accountId && definition.StepType == StepType.Email)
        {
            await mediator.Send(new GetEmailAccountQuery(accountId), cancellationToken);
        }
    }
}
