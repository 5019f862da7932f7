using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Sending.SmtpIps.UpdateSmtpIp;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.SmtpIps.UpdateSmtpIp;

internal sealed class UpdateSmtpIpCommandValidator : PatchValidator<UpdateSmtpIpCommand>
{
    public const int MaxProviders = 50;

    public UpdateSmtpIpCommandValidator()
    {
        RuleForPatch(c => c.Status, r => r.NotEmpty().OneOf(SmtpIpStatus.Names));
        RuleForPatch(c => c.ReputationState, r => r.OneOf(ReputationState.Names));
        RuleForPatch(c => c.ProviderBlacklistStatus, r => r
            .Must(b => b is null || (b.Count <= MaxProviders && b.Keys.All(k => k.Length is > 0 and <= 100) && b.Values.All(v => v is not null && (v.Detail?.Length ?? 0) <= 1000)))
            .WithMessage($"'{{PropertyName}}' maps at most {MaxProviders} provider names (1–100 characters) to {{ listed, checkedAt, detail }}."));
        RuleForPatch(c => c.ApproximateCost, r => r.ValidMoney(9_999.99m));
    }
}
