using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.EmailAccounts.UpdateEmailAccount;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.EmailAccounts.UpdateEmailAccount;

internal sealed class UpdateEmailAccountCommandValidator : PatchValidator<UpdateEmailAccountCommand>
{
    public UpdateEmailAccountCommandValidator()
    {
        RuleForPatch(c => c.Provider, r => r.NotEmpty().OneOf(EmailProvider.All));
        RuleForPatch(c => c.SmtpSettings, r => r.NotNull().SetValidator(new EmailAccountRules.MailServerSettingsValidator()));
        RuleForPatch(c => c.ImapSettings, r => r.ValidSettings());
        RuleForPatch(c => c.Status, r => r.NotEmpty().OneOf(EmailAccountStatus.Names));
        RuleForPatch(c => c.Password, r => r.NotEmpty().MaximumLength(EmailAccountRules.MaxPasswordLength));
        RuleForPatch(c => c.DailyLimit, r => r.GreaterThan(0));
        RuleForPatch(c => c.MinGapSeconds, r => r.InclusiveBetween(0, SendingPace.MaxGapSeconds));
        RuleForPatch(c => c.RandomGapSeconds, r => r.InclusiveBetween(0, SendingPace.MaxGapSeconds));
    }
}
