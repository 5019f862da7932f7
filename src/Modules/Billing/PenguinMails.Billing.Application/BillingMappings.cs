using Mapster;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Domain;
using ContractPlanTerms = PenguinMails.Billing.Contracts.Plans.PlanTerms;

namespace PenguinMails.Billing.Application;

/// <summary>How the module's entities become its DTOs, and the plan terms a request carries its domain's (ADR 0028); <c>MappingTests</c> compiles every one.</summary>
internal sealed class BillingMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Plan, PlanDto>();
        config.NewConfig<ContractPlanTerms, PlanTerms>();
        // The plan's slug is read with the plan (a row of its own).
        config.NewConfig<Subscription, SubscriptionDto>().Map(d => d.Status, s => s.Status.Name).Ignore(d => d.PlanSlug!);
        config.NewConfig<SubscriptionAddon, AddonDto>();
        config.NewConfig<Payment, PaymentDto>().Map(d => d.Status, s => s.Status.Name);
    }
}
