using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Identity.Contracts.Policies.UpdatePolicies;
using PenguinMails.Identity.Domain;
using PenguinMails.Workspace.Contracts;

namespace PenguinMails.Identity.Application.Policies.UpdatePolicies;

internal sealed class UpdatePoliciesCommandValidator : AbstractValidator<UpdatePoliciesCommand>
{
    public UpdatePoliciesCommandValidator()
    {
        RuleFor(c => c.PasswordMinLength).InclusiveBetween(TenantPolicies.MinPasswordLengthFloor, TenantPolicies.MinPasswordLengthCeiling);
        RuleFor(c => c.SessionTimeoutHours).InclusiveBetween(1, TenantPolicies.MaxSessionTimeoutHours);
        RuleFor(c => c.MaxLoginAttempts).InclusiveBetween(1, TenantPolicies.MaxLoginAttemptsCeiling);
        RuleFor(c => c.CompanyDefaultStatus).OneOf(CompanyStatuses.All);
    }
}
