using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Deliverability.Contracts.Sending.VpsInstances.UpdateVpsInstance;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.Deliverability.Application.Sending.VpsInstances.UpdateVpsInstance;

internal sealed class UpdateVpsInstanceCommandValidator : PatchValidator<UpdateVpsInstanceCommand>
{
    public UpdateVpsInstanceCommandValidator()
    {
        RuleForPatch(c => c.Status, r => r.NotEmpty().OneOf(VpsInstanceStatus.Names));
        RuleForPatch(c => c.HostwindsInstanceId, r => r.MaximumLength(255));
        RuleForPatch(c => c.IpAddress, r => r.ValidIpAddress());
        RuleForPatch(c => c.Region, r => r.MaximumLength(50));
        RuleForPatch(c => c.MonthlyCost, r => r.ValidMoney(99_999_999.99m));
        RuleForPatch(c => c.ApproximateCost, r => r.ValidMoney(999_999.99m));
        RuleForPatch(c => c.HostwindsBillingDay, r => r.InclusiveBetween(1, 31));
    }
}
