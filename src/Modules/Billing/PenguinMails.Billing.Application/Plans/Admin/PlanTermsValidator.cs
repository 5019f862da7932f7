using FluentValidation;
using PenguinMails.Billing.Contracts.Plans;

namespace PenguinMails.Billing.Application.Plans.Admin;

/// <summary>Slug 2–100 of [a-z0-9-]; name 1–100; limits ≥ 0 or null (unlimited); prices in cents ≥ 0.</summary>
internal sealed class PlanTermsValidator : AbstractValidator<PlanTerms>
{
    public PlanTermsValidator()
    {
        RuleFor(t => t.Name).NotEmpty().MaximumLength(100);
        RuleFor(t => t.Slug).NotEmpty().MaximumLength(100).Matches("^[a-z0-9][a-z0-9-]*[a-z0-9]$").WithMessage("'Slug' is lower-case letters, digits and inner hyphens.");
        RuleFor(t => t.Description).MaximumLength(2000);
        RuleFor(t => t.Notes).MaximumLength(2000);
        RuleFor(t => t.MaxUsers).GreaterThanOrEqualTo(0);
        RuleFor(t => t.MaxDomains).GreaterThanOrEqualTo(0);
        RuleFor(t => t.MaxCampaignsPerMonth).GreaterThanOrEqualTo(0);
        RuleFor(t => t.ApiRateLimit).GreaterThanOrEqualTo(0);
        RuleFor(t => t.MaxEmailAccounts).GreaterThanOrEqualTo(0);
        RuleFor(t => t.MaxEmailsPerMonth).GreaterThanOrEqualTo(0);
        RuleFor(t => t.MaxWarmups).GreaterThanOrEqualTo(0);
        RuleFor(t => t.MaxContacts).GreaterThanOrEqualTo(0);
        RuleFor(t => t.MaxStorageGb).GreaterThanOrEqualTo(0);
        RuleFor(t => t.PriceMonthly).GreaterThanOrEqualTo(0);
        RuleFor(t => t.PriceYearly).GreaterThanOrEqualTo(0);
    }
}
