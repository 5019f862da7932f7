using Microsoft.Extensions.Time.Testing;
using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.Billing.Domain;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.UnitTests.Billing;

public sealed class SubscriptionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly Plan _free = GetActivePlansQueryHandlerTests.PlanRow("free", 0);
    private readonly Plan _starter = GetActivePlansQueryHandlerTests.PlanRow("starter", 4900);
    private readonly Plan _pro = GetActivePlansQueryHandlerTests.PlanRow("pro", 19900);

    [Fact]
    public void ChangePlan_ToAPricierPlan_AppliesNow()
    {
        var subscription = Subscription.Start(Guid.NewGuid(), _free, null, _clock.GetUtcNow());
        Assert.Equal(PlanChange.Upgraded, subscription.ChangePlan(_free, _pro, _clock.GetUtcNow()));
        Assert.Equal(_pro.Id, subscription.PlanId);
        Assert.Null(subscription.PendingPlanId);
    }

    [Fact]
    public void ChangePlan_ToACheaperPlan_WaitsForThePeriodEnd()
    {
        var subscription = Subscription.Start(Guid.NewGuid(), _pro, null, _clock.GetUtcNow());
        Assert.Equal(PlanChange.DowngradeScheduled, subscription.ChangePlan(_pro, _starter, _clock.GetUtcNow()));
        Assert.Equal(_pro.Id, subscription.PlanId);
        Assert.Equal(_starter.Id, subscription.PendingPlanId);
    }

    [Fact]
    public void ChangePlan_BackToTheCurrentPlan_DropsAPendingDowngrade()
    {
        var subscription = Subscription.Start(Guid.NewGuid(), _pro, null, _clock.GetUtcNow());
        subscription.ChangePlan(_pro, _free, _clock.GetUtcNow());
        Assert.Equal(PlanChange.Unchanged, subscription.ChangePlan(_pro, _pro, _clock.GetUtcNow()));
        Assert.Null(subscription.PendingPlanId);
    }

    [Fact]
    public void RollOver_BeforeThePeriodEnds_ChangesNothing()
    {
        var subscription = Subscription.Start(Guid.NewGuid(), _pro, null, _clock.GetUtcNow());
        subscription.ChangePlan(_pro, _free, _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromDays(27));

        subscription.RollOver(_clock.GetUtcNow());

        Assert.Equal(_pro.Id, subscription.PlanId);
    }

    [Fact]
    public void RollOver_AtThePeriodEnd_AppliesThePendingPlanAndStartsTheNextPeriodWhereTheLastEnded()
    {
        var start = _clock.GetUtcNow();
        var subscription = Subscription.Start(Guid.NewGuid(), _pro, null, start);
        subscription.ChangePlan(_pro, _free, start);
        _clock.Advance(TimeSpan.FromDays(31));

        subscription.RollOver(_clock.GetUtcNow());

        Assert.Equal(_free.Id, subscription.PlanId);
        Assert.Null(subscription.PendingPlanId);
        Assert.Equal(start.AddMonths(1), subscription.CurrentPeriodStart);
        Assert.Equal(start.AddMonths(2), subscription.CurrentPeriodEnd);
    }

    [Fact]
    public void RollOver_OfASubscriptionMarkedToCancel_EndsIt()
    {
        var subscription = Subscription.Start(Guid.NewGuid(), _pro, null, _clock.GetUtcNow());
        subscription.CancelAtEndOfPeriod(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromDays(31));

        subscription.RollOver(_clock.GetUtcNow());

        Assert.Equal(SubscriptionStatus.Canceled, subscription.Status);
        Assert.Equal("subscription-canceled", Assert.Throws<BusinessRuleViolationException>(() => subscription.Resume(_clock.GetUtcNow())).Rule.Code);
    }

    [Fact]
    public void PaymentOutcomes_FailedIsPastDue_AndAPeriodEndingPastDueIsUnpaid_UntilASuccess()
    {
        var subscription = Subscription.Start(Guid.NewGuid(), _pro, null, _clock.GetUtcNow());
        subscription.ApplyPaymentOutcome(PaymentStatus.Failed, _clock.GetUtcNow());
        Assert.Equal(SubscriptionStatus.PastDue, subscription.Status);

        _clock.Advance(TimeSpan.FromDays(31));
        subscription.RollOver(_clock.GetUtcNow());
        Assert.Equal(SubscriptionStatus.Unpaid, subscription.Status);

        subscription.ApplyPaymentOutcome(PaymentStatus.Failed, _clock.GetUtcNow());
        Assert.Equal(SubscriptionStatus.Unpaid, subscription.Status);
        subscription.ApplyPaymentOutcome(PaymentStatus.Succeeded, _clock.GetUtcNow());
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
    }

    [Fact]
    public void ChangePlan_ToAnInactivePlan_IsRefused()
    {
        var retired = GetActivePlansQueryHandlerTests.PlanRow("legacy", 100);
        typeof(Plan).GetProperty(nameof(Plan.IsActive))!.SetValue(retired, false);
        var subscription = Subscription.Start(Guid.NewGuid(), _free, null, _clock.GetUtcNow());
        Assert.Equal("plan-inactive", Assert.Throws<BusinessRuleViolationException>(() => subscription.ChangePlan(_free, retired, _clock.GetUtcNow())).Rule.Code);
    }

    [Fact]
    public void Entitlements_AddActiveAddOnsToTheirLimit_AndLeaveUnlimitedAlone()
    {
        var plan = GetActivePlansQueryHandlerTests.PlanRow("custom", 0);
        typeof(Plan).GetProperty(nameof(Plan.MaxUsers))!.SetValue(plan, 2);
        typeof(Plan).GetProperty(nameof(Plan.MaxContacts))!.SetValue(plan, 500);
        var subscription = Subscription.Start(Guid.NewGuid(), plan, null, _clock.GetUtcNow());
        var inactive = SubscriptionAddon.Add(subscription, "extra_users", 5, 10m, _clock.GetUtcNow());
        inactive.Deactivate(_clock.GetUtcNow());
        SubscriptionAddon[] addons =
        [
            SubscriptionAddon.Add(subscription, "extra_users", 3, 10m, _clock.GetUtcNow()),
            SubscriptionAddon.Add(subscription, "extra_contacts", 2, 10m, _clock.GetUtcNow()),
            SubscriptionAddon.Add(subscription, "extra_domains", 4, 5m, _clock.GetUtcNow()),
            inactive,
        ];

        var entitlements = EntitlementsCalculator.Compute(plan, addons);

        Assert.Equal(5, entitlements.Max(PlanLimit.Users));
        Assert.Equal(2500, entitlements.Max(PlanLimit.Contacts));
        Assert.Null(entitlements.Max(PlanLimit.Domains)); // unlimited on this plan stays unlimited
        Assert.Equal(30m, addons[0].PriceMonthly);
    }

    [Theory]
    [InlineData(2, 1, false)]
    [InlineData(3, 1, true)]
    [InlineData(2, 2, true)]
    [InlineData(1, 2, false)]
    public void Ensure_RefusesGoingPastTheMaximum(int current, int adding, bool refused)
    {
        var entitlements = new EntitlementsDto("free", new Dictionary<string, int?> { [PlanLimit.Users] = 3 }, false, null);
        var error = Record.Exception(() => entitlements.Ensure(PlanLimit.Users, current, adding));
        Assert.Equal(refused, error is PlanLimitExceededException { Max: 3 });
    }

    [Fact]
    public void Exceeded_NamesEachLimitUsageBreaks()
    {
        var entitlements = new EntitlementsDto("free", new Dictionary<string, int?> { [PlanLimit.Users] = 1, [PlanLimit.Domains] = 1, [PlanLimit.Contacts] = null }, false, null);
        var exceeded = EntitlementsCalculator.Exceeded(entitlements, new Dictionary<string, int> { [PlanLimit.Users] = 2, [PlanLimit.Domains] = 1, [PlanLimit.Contacts] = 1_000_000 });
        Assert.Equal(new LimitUsageDto(PlanLimit.Users, 1, 2), Assert.Single(exceeded));
    }
}
