using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Contracts;

internal static class CampaignMapping
{
    public static CampaignDto ToDto(this Campaign c) => new(c.Id, c.CompanyId, c.Name, c.Description, c.Status!, c.Scheduled, c.Completed, c.Created, c.Updated);

    public static CampaignStepDto ToDto(this CampaignSequenceStep s) => new(
        s.Id, s.CampaignId, s.StepOrder, s.StepType!, s.TemplateId, s.EmailAccountId, s.SubjectOverride, s.FromNameOverride, s.SendCondition,
        s.WaitDurationHours, s.WaitUntilDate, s.ConditionType, s.ConditionValue, s.IsActive, s.ExecutedCount, s.LastExecuted, s.Created, s.Updated);
}
