using PenguinMails.Campaigns.Domain;

namespace PenguinMails.UnitTests.Campaigns;

public sealed class SequenceWalkTests
{
    private static readonly DateTimeOffset Sent = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static readonly PlannedStep[] Steps =
    [
        new(1, StepType.Email, null, null, null),
        new(2, StepType.Wait, 48, null, null),
        new(3, StepType.Wait, 24, null, null),
        new(4, StepType.Condition, null, null, "not_replied"),
        new(5, StepType.Email, null, null, null),
    ];

    [Fact]
    public void Waits_after_an_email_add_up_in_calendar_hours_to_the_next_step_that_acts()
    {
        var next = SequenceWalk.AfterEmail(Steps, 1, Sent);

        Assert.Equal(new StepPosition(4, Sent.AddHours(72), false), next);
    }

    [Fact]
    public void A_wait_until_a_later_date_holds_the_lead_until_then()
    {
        var until = Sent.AddDays(10);
        PlannedStep[] steps = [new(1, StepType.Email, null, null, null), new(2, StepType.Wait, 24, until, null), new(3, StepType.Email, null, null, null)];

        Assert.Equal(until, SequenceWalk.AfterEmail(steps, 1, Sent).DueAt);
    }

    [Fact]
    public void A_wait_until_a_date_already_past_adds_nothing()
    {
        PlannedStep[] steps = [new(1, StepType.Email, null, null, null), new(2, StepType.Wait, null, Sent.AddDays(-1), null), new(3, StepType.Email, null, null, null)];

        Assert.Equal(new StepPosition(3, Sent, false), SequenceWalk.AfterEmail(steps, 1, Sent));
    }

    [Fact]
    public void After_the_last_email_the_sequence_is_done()
    {
        Assert.True(SequenceWalk.AfterEmail(Steps, 5, Sent).Completed);
    }

    [Fact]
    public void A_lead_enrolled_at_a_missing_step_starts_at_the_first_after_it()
    {
        Assert.Equal(new StepPosition(5, Sent, false), SequenceWalk.Arrive(Steps, 5, Sent));
        Assert.Equal(4, SequenceWalk.Arrive(Steps, 2, Sent).Step);
    }

    [Theory]
    [InlineData("replied", true, false, false, true)]
    [InlineData("replied", false, true, true, false)]
    [InlineData("not_replied", false, false, false, true)]
    [InlineData("not_replied", true, false, false, false)]
    [InlineData("opened", false, true, false, true)]
    [InlineData("not_opened", false, true, false, false)]
    [InlineData("clicked", false, true, true, true)]
    [InlineData("clicked", false, true, false, false)]
    public void A_condition_holds_by_what_the_lead_did(string condition, bool replied, bool opened, bool clicked, bool holds)
    {
        Assert.Equal(holds, SequenceWalk.Holds(condition, new LeadSignals(replied, opened, clicked)));
    }
}
