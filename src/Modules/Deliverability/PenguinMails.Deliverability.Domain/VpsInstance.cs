using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain.Sending;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>vps_instances</c>.</summary>
internal sealed class VpsInstance : Entity, IAggregateRoot, ICreationOrdered
{
    /// <summary>provisioning → active → scheduled_decommission → decommissioned; a schedule may be called off, a failed provisioning ended.</summary>
    public static readonly StatusTransitions<VpsInstanceStatus> Transitions = new("A VPS instance", new Dictionary<VpsInstanceStatus, VpsInstanceStatus[]>
    {
        [VpsInstanceStatus.Provisioning] = [VpsInstanceStatus.Active, VpsInstanceStatus.Decommissioned],
        [VpsInstanceStatus.Active] = [VpsInstanceStatus.ScheduledDecommission],
        [VpsInstanceStatus.ScheduledDecommission] = [VpsInstanceStatus.Active, VpsInstanceStatus.Decommissioned],
        [VpsInstanceStatus.Decommissioned] = [],
    });

    private VpsInstance()
    {
    }

    public Guid Id { get; private set; }

    public string? HostwindsInstanceId { get; private set; }

    public string? IpAddress { get; private set; }

    public string? Region { get; private set; }

    public VpsInstanceStatus Status { get; private set; } = VpsInstanceStatus.Provisioning;

    public decimal? MonthlyCost { get; private set; }

    public decimal? ApproximateCost { get; private set; }

    public int? HostwindsBillingDay { get; private set; }

    public DateTimeOffset? CurrentBillingPeriodStart { get; private set; }

    public DateTimeOffset? CurrentBillingPeriodEnd { get; private set; }

    public DateTimeOffset? DecommissionScheduledFor { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public static VpsInstance Create(VpsInstanceDetails details, DateTimeOffset now)
    {
        var instance = new VpsInstance { Id = Guid.CreateVersion7(), Created = now };
        instance.Apply(details, now);
        return instance;
    }

    public void Apply(VpsInstanceDetails details, DateTimeOffset now)
    {
        HostwindsInstanceId = details.HostwindsInstanceId;
        IpAddress = details.IpAddress;
        Region = details.Region;
        MonthlyCost = details.MonthlyCost;
        ApproximateCost = details.ApproximateCost;
        HostwindsBillingDay = details.HostwindsBillingDay;
        CurrentBillingPeriodStart = details.CurrentBillingPeriodStart;
        CurrentBillingPeriodEnd = details.CurrentBillingPeriodEnd;
        Updated = now;
    }

    /// <summary>
    /// Moves the instance along its life. Scheduling a decommission needs its date; an instance whose IPs still
    /// serve domains (<paramref name="activeAssignments"/>) is not decommissioned.
    /// </summary>
    public void ChangeStatus(VpsInstanceStatus status, DateTimeOffset? decommissionAt, int activeAssignments, DateTimeOffset now)
    {
        CheckRule(Transitions.Rule(Status, status));
        CheckRule(new InstanceHasNoActiveAssignmentsRule(status, activeAssignments));
        if (status == VpsInstanceStatus.ScheduledDecommission)
        {
            DecommissionScheduledFor = decommissionAt ?? throw new BusinessRuleViolationException(new DecommissionDateRequiredRule());
        }
        else if (status == VpsInstanceStatus.Active)
        {
            DecommissionScheduledFor = null;
        }

        Status = status;
        Updated = now;
    }

    private sealed class InstanceHasNoActiveAssignmentsRule(VpsInstanceStatus status, int activeAssignments) : IBusinessRule
    {
        public string Code => "instance-has-active-assignments";

        public string Message => $"The instance's IP addresses still serve {activeAssignments} domain assignment(s); expire or move them before decommissioning.";

        public bool IsBroken() => status == VpsInstanceStatus.Decommissioned && activeAssignments > 0;
    }

    private sealed class DecommissionDateRequiredRule : IBusinessRule
    {
        public string Code => "decommission-date-required";

        public string Message => "Scheduling a decommission needs decommissionScheduledFor.";

        public bool IsBroken() => true;
    }
}

internal sealed record VpsInstanceDetails(
    string? HostwindsInstanceId,
    string? IpAddress,
    string? Region,
    decimal? MonthlyCost,
    decimal? ApproximateCost,
    int? HostwindsBillingDay,
    DateTimeOffset? CurrentBillingPeriodStart,
    DateTimeOffset? CurrentBillingPeriodEnd);

/// <summary>Where an instance is in its life (<c>vps_instances.status</c>), stored as its name.</summary>
internal sealed class VpsInstanceStatus : NamedValue<VpsInstanceStatus>
{
    public static readonly VpsInstanceStatus Provisioning = new("provisioning");
    public static readonly VpsInstanceStatus Active = new("active");
    public static readonly VpsInstanceStatus ScheduledDecommission = new("scheduled_decommission");
    public static readonly VpsInstanceStatus Decommissioned = new("decommissioned");

    private VpsInstanceStatus(string name)
        : base(name)
    {
    }
}
