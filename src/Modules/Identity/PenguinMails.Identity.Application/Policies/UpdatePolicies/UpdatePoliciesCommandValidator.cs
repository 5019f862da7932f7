using FluentValidation;
using PenguinMails.BuildingBlocks.Application.Validation;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Policies.UpdatePolicies;

internal sealed class UpdatePoliciesCommandValidator : AbstractValidator<UpdatePoliciesCommand>
{
    /// <summary>The statuses a company may start in (the Workspace module's <c>companies.status</c>).</summary>
    public static readonly IReadOnlyList<string> CompanyStatuses = ["active", "suspended", "archived"];

    public UpdatePoliciesCommandValidator()
    {
        RuleFor(c => c.PasswordMinLength).InclusiveBetween(TenantPolicies.MinPasswordLengthFloor, TenantPolicies.MinPasswordLengthCeiling);
        RuleFor(c => c.SessionTimeoutHours).InclusiveBetween(1, TenantPolicies.MaxSessionTimeoutHours);
        RuleFor(c => c.MaxLoginAttempts).InclusiveBetween(1, TenantPolicies.MaxLoginAttemptsCeiling);
        RuleFor(c => c.CompanyDefaultStatus).OneOf(CompanyStatuses);
    }
}
