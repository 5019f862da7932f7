using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.UnitTests.Deliverability;

/// <summary>The status sets of instances, IPs and assignments, move by move.</summary>
public sealed class SendingStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, bool> InstanceMoves() => new()
    {
        { "provisioning", "active", true },
        { "provisioning", "decommissioned", true },
        { "provisioning", "scheduled_decommission", false },
        { "active", "scheduled_decommission", true },
        { "active", "decommissioned", false },
        { "active", "provisioning", false },
        { "scheduled_decommission", "active", true },
        { "scheduled_decommission", "decommissioned", true },
        { "decommissioned", "active", false },
        { "decommissioned", "provisioning", false },
    };

    [Theory]
    [MemberData(nameof(InstanceMoves))]
    public void Instance_FollowsItsTransitions(string from, string to, bool allowed) => Assert.Equal(allowed, VpsInstance.Transitions.IsAllowed(VpsInstanceStatus.Of(from), VpsInstanceStatus.Of(to)));

    [Fact]
    public void Instance_Decommissioning_WithLiveAssignments_IsRefused()
    {
        var instance = Scheduled();
        var refused = Assert.Throws<BusinessRuleViolationException>(() => instance.ChangeStatus(VpsInstanceStatus.Decommissioned, null, 2, Now));
        Assert.Equal("instance-has-active-assignments", refused.Rule.Code);
        instance.ChangeStatus(VpsInstanceStatus.Decommissioned, null, 0, Now);
        Assert.Equal(VpsInstanceStatus.Decommissioned, instance.Status);
    }

    [Fact]
    public void Instance_CallingOffADecommission_ClearsItsDate()
    {
        var instance = Scheduled();
        instance.ChangeStatus(VpsInstanceStatus.Active, null, 0, Now);
        Assert.Null(instance.DecommissionScheduledFor);
    }

    [Fact]
    public void Instance_AnInvalidMove_NamesTheAllowedOnes()
    {
        var instance = VpsInstance.Create(new VpsInstanceDetails(null, null, null, 10m, null, null, null, null), Now);
        var refused = Assert.Throws<BusinessRuleViolationException>(() => instance.ChangeStatus(VpsInstanceStatus.ScheduledDecommission, Now, 0, Now));
        Assert.Equal("invalid-status-transition", refused.Rule.Code);
        Assert.Equal("A VPS instance that is provisioning cannot become scheduled_decommission; it can become active, decommissioned.", refused.Message);
    }

    public static TheoryData<string, string, bool> IpMoves() => new()
    {
        { "available", "assigned", true },
        { "available", "warming", true },
        { "available", "warmed", false },
        { "assigned", "warmed", true },
        { "warming", "warmed", true },
        { "warming", "available", false },
        { "warmed", "degraded", true },
        { "warmed", "quarantined", true },
        { "warmed", "burned", true },
        { "degraded", "available", true },
        { "quarantined", "available", true },
        { "burned", "available", false },
        { "burned", "degraded", false },
    };

    [Theory]
    [MemberData(nameof(IpMoves))]
    public void Ip_FollowsItsTransitions(string from, string to, bool allowed) => Assert.Equal(allowed, SmtpIpAddress.Transitions.IsAllowed(SmtpIpStatus.Of(from), SmtpIpStatus.Of(to)));

    [Theory]
    [InlineData("burned")]
    [InlineData("quarantined")]
    public void Ip_BurnedOrQuarantined_TakesNoDomain(string status)
    {
        var ip = SmtpIpAddress.Create(Guid.NewGuid(), "203.0.113.1", 1m, Now);
        ip.ChangeStatus(SmtpIpStatus.Of(status), Now);
        var refused = Assert.Throws<BusinessRuleViolationException>(() => DomainIpAssignment.Create(Domain(), ip, AssignmentStatus.Active, null, Now));
        Assert.Equal("ip-not-assignable", refused.Rule.Code);
        Assert.Equal(0, ip.AssignedCount);
    }

    [Fact]
    public void Assignment_CountsOnTheIpUntilItExpires()
    {
        var ip = SmtpIpAddress.Create(Guid.NewGuid(), "203.0.113.1", 1m, Now);
        var assignment = DomainIpAssignment.Create(Domain(), ip, AssignmentStatus.Warming, null, Now);

        Assert.Equal((1, SmtpIpStatus.Assigned, WarmupState.Warming), (ip.AssignedCount, ip.Status, assignment.WarmupState));
        assignment.ChangeStatus(AssignmentStatus.Expired, ip, Now);
        Assert.Equal((0, (DateTimeOffset?)Now), (ip.AssignedCount, assignment.Expires));
        Assert.Throws<BusinessRuleViolationException>(() => assignment.ChangeStatus(AssignmentStatus.Active, ip, Now));
    }

    [Theory]
    [InlineData("scheduled", "warming", true)]
    [InlineData("scheduled", "active", true)]
    [InlineData("warming", "active", true)]
    [InlineData("active", "warming", false)]
    [InlineData("active", "expired", true)]
    [InlineData("expired", "active", false)]
    public void Assignment_FollowsItsTransitions(string from, string to, bool allowed) => Assert.Equal(allowed, DomainIpAssignment.Transitions.IsAllowed(AssignmentStatus.Of(from), AssignmentStatus.Of(to)));

    [Fact]
    public void Assignment_WarmsUpInOrder()
    {
        var assignment = DomainIpAssignment.Create(Domain(), SmtpIpAddress.Create(Guid.NewGuid(), "203.0.113.1", 1m, Now), AssignmentStatus.Active, null, Now);
        Assert.Throws<BusinessRuleViolationException>(() => assignment.ChangeWarmup(WarmupState.Warmed, Now));
        assignment.ChangeWarmup(WarmupState.Warming, Now);
        assignment.ChangeWarmup(WarmupState.Warmed, Now);
        Assert.Equal(WarmupState.Warmed, assignment.WarmupState);
    }

    private static VpsInstance Scheduled()
    {
        var instance = VpsInstance.Create(new VpsInstanceDetails(null, null, null, 10m, null, null, null, null), Now);
        instance.ChangeStatus(VpsInstanceStatus.Active, null, 0, Now);
        instance.ChangeStatus(VpsInstanceStatus.ScheduledDecommission, Now.AddDays(30), 0, Now);
        return instance;
    }

    private static SendingDomain Domain() =>
        SendingDomain.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "x.com", false, new DnsRecordSet([]), RecheckSchedule.Default, Now);
}
