using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.Billing.Application;
using PenguinMails.Billing.Application.Plans;
using PenguinMails.Billing.Application.Subscriptions.StartSubscription;
using PenguinMails.Billing.Domain;
using PenguinMails.Identity.Contracts;
using PenguinMails.Workspace.Application.Companies;
using PenguinMails.Workspace.Application.Configuration;
using PenguinMails.Workspace.Application.Provisioning;
using PenguinMails.Workspace.Domain;

namespace PenguinMails.UnitTests.Workspace;

/// <summary>What other modules do when Identity announces a new tenant.</summary>
public sealed class ProvisioningHandlerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly TenantCreatedNotification _created = new(Guid.NewGuid(), "Penguin Co", Guid.NewGuid());

    [Fact]
    public async Task Workspace_AddsTheConfigurationAndAFirstCompanyNamedAfterTheTenant()
    {
        var configs = Substitute.For<ITenantConfigRepository>();
        var companies = Substitute.For<ICompanyRepository>();

        await new ProvisionTenantWorkspaceHandler(configs, companies, _clock).Handle(_created, CancellationToken.None);

        configs.Received(1).Add(Arg.Is<TenantConfig>(c => c.TenantId == _created.TenantId));
        companies.Received(1).Add(Arg.Is<Company>(c => c.TenantId == _created.TenantId && c.Name == "Penguin Co" && c.Status == CompanyStatus.Active));
    }

    [Fact]
    public async Task Billing_StartsTheDefaultPlanWithTheOwnerAsBillingContact()
    {
        var plans = Substitute.For<IPlanRepository>();
        var subscriptions = Substitute.For<ISubscriptionRepository>();
        var plan = PenguinMails.UnitTests.Billing.GetActivePlansQueryHandlerTests.PlanRow("free", 0);
        plans.SingleOrDefaultAsync(Arg.Any<ActivePlanBySlugSpecification>(), Arg.Any<CancellationToken>()).Returns(plan);

        await new StartDefaultSubscriptionHandler(plans, subscriptions, Options.Create(new BillingOptions()), _clock).Handle(_created, CancellationToken.None);

        subscriptions.Received(1).Add(Arg.Is<Subscription>(s => s.TenantId == _created.TenantId && s.PlanId == plan.Id
            && s.BillingContactUserId == _created.OwnerUserId && s.Status == SubscriptionStatus.Active && s.CurrentPeriodEnd == _clock.GetUtcNow().AddMonths(1)));
    }

    [Fact]
    public async Task Billing_WhenTheDefaultPlanIsMissing_FailsTheSignUp()
    {
        var plans = Substitute.For<IPlanRepository>();
        plans.SingleOrDefaultAsync(Arg.Any<ActivePlanBySlugSpecification>(), Arg.Any<CancellationToken>()).Returns((Plan?)null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new StartDefaultSubscriptionHandler(plans, Substitute.For<ISubscriptionRepository>(),
            Options.Create(new BillingOptions { DefaultPlanSlug = "gone" }), _clock).Handle(_created, CancellationToken.None));
    }
}
