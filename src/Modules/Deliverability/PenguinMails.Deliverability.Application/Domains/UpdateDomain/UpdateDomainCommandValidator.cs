using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Patching;
using PenguinMails.Deliverability.Contracts.Domains.UpdateDomain;

namespace PenguinMails.Deliverability.Application.Domains.UpdateDomain;

internal sealed class UpdateDomainCommandValidator : PatchValidator<UpdateDomainCommand>
{
    public UpdateDomainCommandValidator()
    {
        RuleForPatch(c => c.CompanyId, r => r.NotEmpty());
    }
}
