namespace PenguinMails.BuildingBlocks.Application.Errors;

/// <summary>The tenant's plan does not allow one more: 403 with problem type <c>plan-limit-exceeded</c> and limit, max, current.</summary>
public sealed class PlanLimitExceededException(string limit, int max, int current)
    : Exception($"The plan allows {max} {limit}; the tenant has {current}. Upgrade the plan or add an add-on.")
{
    public string Limit { get; } = limit;

    public int Max { get; } = max;

    public int Current { get; } = current;
}
