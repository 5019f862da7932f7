namespace PenguinMails.Campaigns.Domain;

/// <summary>A step as the engine walks it: its place, its kind, and what a wait or a condition says.</summary>
internal sealed record PlannedStep(int Order, string Type, int? WaitHours, DateTimeOffset? WaitUntil, string? Condition);

/// <summary>Where a lead's sequence stands after a move: the step it waits at and when that step is due, or done.</summary>
internal sealed record StepPosition(int Step, DateTimeOffset DueAt, bool Completed)
{
    public static StepPosition Done(int lastStep, DateTimeOffset at) => new(lastStep, at, true);
}

/// <summary>What the lead did that condition steps read (fed by inbound mail and tracking).</summary>
internal sealed record LeadSignals(bool Replied, bool Opened, bool Clicked);

/// <summary>
/// How a lead moves through a sequence (ADR 0031). From a step it arrives at, waits add up (<c>waitDurationHours</c> in
/// calendar hours, or until <c>waitUntilDate</c>, whichever the step says; a date already past adds nothing) until the
/// next e-mail or condition step, which is where the lead then waits, due at the sum. A condition is tested when it is
/// due, not when it is reached, so a reply that comes during the wait counts. Past the last step the sequence is done.
/// </summary>
internal static class SequenceWalk
{
    /// <summary>The position of a lead that arrives at step <paramref name="fromOrder"/> (or the first after it) at <paramref name="at"/>.</summary>
    public static StepPosition Arrive(IReadOnlyList<PlannedStep> steps, int fromOrder, DateTimeOffset at)
    {
        var due = at;
        var last = fromOrder;
        foreach (var step in steps.Where(s => s.Order >= fromOrder).OrderBy(s => s.Order))
        {
            last = step.Order;
            switch (step.Type)
            {
                case StepType.Wait:
                    if (step.WaitHours is { } hours)
                    {
                        due = due.AddHours(hours);
                    }

                    if (step.WaitUntil is { } until && until > due)
                    {
                        due = until;
                    }

                    break;
                default:
                    return new StepPosition(step.Order, due, false);
            }
        }

        return StepPosition.Done(last, due);
    }

    /// <summary>The position after the e-mail at <paramref name="sentOrder"/> went (or was given up on) at <paramref name="at"/>.</summary>
    public static StepPosition AfterEmail(IReadOnlyList<PlannedStep> steps, int sentOrder, DateTimeOffset at) =>
        Arrive(steps, sentOrder + 1, at);

    /// <summary>Whether a due condition lets the lead go on.</summary>
    public static bool Holds(string? condition, LeadSignals signals) => condition switch
    {
        "replied" => signals.Replied,
        "not_replied" => !signals.Replied,
        "opened" => signals.Opened,
        "not_opened" => !signals.Opened,
        "clicked" => signals.Clicked,
        _ => false,
    };
}
