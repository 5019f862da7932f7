using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain.Sending;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>vps_instances</c>.</summary>
internal sealed class VpsInstance : Entity, IAggregateRoot, ICreationOrdered
{
    public const string Provisioning = "provisioning";
    public const string Active = "active";
    public const string ScheduledDecommission = "scheduled_decommission";
    public const string Decommissioned = "decommissioned";

    /// <summary>provisioning → active → scheduled_decommission → decommissioned; a schedule may be called off, a failed provisioning ended.</summary>
    public static readonly StatusTransitions Transitions = new("A VPS instance", new Dictionary<string, string[]>
    {
        [Provisioning] = [Active, Decommissioned],
        [Active] = [ScheduledDecommission],
        [ScheduledDecommission] = [Active, Decommissioned],
        [Decommissioned] = [],
    });

    private VpsInstance()
    {
    }

    public Guid Id { get; private set; }

    public string? HostwindsInstanceId { get; private set; }

    public string? IpAddress { get; private set; }

    public string? Region { get; private set; }

    public string Status { get; private set; } = default!;

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
        var instance = new VpsInstance { Id = Guid.CreateVersion7(), Status = Provisioning, Created = now };
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
    public void ChangeStatus(string status, DateTimeOffset? decommissionAt, int activeAssignments, DateTimeOffset now)
    {
        CheckRule(Transitions.Rule(Status!, status));
        CheckRule(new InstanceHasNoActiveAssignmentsRule(status, activeAssignments));
        if (status == ScheduledDecommission)
        {
            DecommissionScheduledFor = decommissionAt ?? throw new BusinessRuleViolationException(new DecommissionDateRequiredRule());
        }
        else if (status == Active)
        {
            DecommissionScheduledFor = null;
        }

        Status = status;
        Updated = now;
    }

    private sealed class InstanceHasNoActiveAssignmentsRule(string status, int activeAssignments) : IBusinessRule
    {
        public string Code => "instance-has-active-assignments";

        public string Message => $"The instance's IP addresses still serve {activeAssignments} domain assignment(s); expire or move them before decommissioning.";

        public bool IsBroken() => status == Decommissioned && activeAssignments > 0;
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
