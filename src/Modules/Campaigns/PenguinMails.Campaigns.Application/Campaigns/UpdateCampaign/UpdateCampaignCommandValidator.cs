using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Campaigns.UpdateCampaign;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.Campaigns.Application.Campaigns.UpdateCampaign;

internal sealed class UpdateCampaignCommandValidator : PatchValidator<UpdateCampaignCommand>
{
    public const int MaxSenders = 100;

    public UpdateCampaignCommandValidator()
    {
        RuleForPatch(c => c.Name, r => r.TrimmedName(Campaign.MaxNameLength));
        RuleForPatch(c => c.Description, r => r.MaximumLength(5000));
        RuleForPatch(c => c.CompanyId, r => r.NotEmpty());
        RuleForPatch(c => c.Schedule, r => r.NotNull().SetValidator(new ScheduleValidator()!));
        RuleForPatch(c => c.DailyLimit, r => r.GreaterThan(0));
        RuleForPatch(c => c.DailyNewLeads, r => r.GreaterThan(0));
        RuleForPatch(c => c.EmailAccountIds, r => r.NotNull()
            .Must(ids => ids is null || ids.Count <= MaxSenders).WithMessage($"'{{PropertyName}}' names at most {MaxSenders} accounts.")
            .Must(ids => ids is null || !ids.Contains(Guid.Empty)).WithMessage("'{PropertyName}' holds account ids."));
    }

    private sealed class ScheduleValidator : AbstractValidator<CampaignScheduleDto>
    {
        public ScheduleValidator()
        {
            RuleFor(s => s.Timezone).NotEmpty().Must(z => z is null || SendingWindow.IsKnownTimeZone(z))
                .WithMessage("'{PropertyName}' is an IANA time zone, such as Europe/Oslo or America/New_York.");
            RuleFor(s => s.Days).NotEmpty().Must(days => days is null || days.All(d => d is >= 1 and <= 7))
                .WithMessage("'{PropertyName}' are ISO weekdays: 1 (Monday) to 7 (Sunday).");
            RuleFor(s => s.Start).Must(ScheduleTimes.IsValid).WithMessage("'{PropertyName}' is a time of day as HH:MM (24-hour).");
            RuleFor(s => s.End).Must(ScheduleTimes.IsValid).WithMessage("'{PropertyName}' is a time of day as HH:MM (24-hour).")
                .NotEqual(s => s.Start).WithMessage("'{PropertyName}' differs from 'start': the window would be empty.");
        }
    }
}
