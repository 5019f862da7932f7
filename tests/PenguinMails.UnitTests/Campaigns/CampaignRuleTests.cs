using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.UnitTests.Campaigns;

/// <summary>Every campaign transition, the schedule rules, and what each step type requires.</summary>
public sealed class CampaignRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Account = Guid.NewGuid();

    public static TheoryData<string, string, bool> Moves() => new()
    {
        { "draft", "unschedule", false }, { "draft", "start", false }, { "draft", "pause", false }, { "draft", "resume", false }, { "draft", "complete", false },
        { "scheduled", "unschedule", true }, { "scheduled", "start", true }, { "scheduled", "pause", false }, { "scheduled", "complete", false },
        { "sending", "pause", true }, { "sending", "complete", true }, { "sending", "start", false }, { "sending", "resume", false },
        { "paused", "resume", true }, { "paused", "complete", true }, { "paused", "pause", false },
        { "completed", "resume", false }, { "completed", "complete", false }, { "completed", "start", false },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Action_FromAStatus_IsAllowedOrRefusedWithTheCampaignStatusConflict(string from, string action, bool allowed)
    {
        var campaign = InStatus(from);
        void Act()
        {
            switch (action)
            {
                case "unschedule": campaign.Unschedule(Now); break;
                case "start": campaign.Start(Now); break;
                case "pause": campaign.Pause(Now); break;
                case "resume": campaign.Resume(Now); break;
                default: campaign.Complete(Now); break;
            }
        }

        if (allowed)
        {
            Act();
            Assert.NotEqual(from, campaign.Status.Name);
        }
        else
        {
            Assert.Equal("campaign-status-conflict", Assert.Throws<BusinessRuleViolationException>(Act).Rule.Code);
            Assert.Equal(from, campaign.Status.Name);
        }
    }

    [Fact]
    public void Complete_SetsWhenItCompleted()
    {
        var campaign = InStatus(CampaignStatus.Paused.Name);
        campaign.Complete(Now);
        Assert.Equal((CampaignStatus.Completed, (DateTimeOffset?)Now), (campaign.Status, campaign.Completed));
    }

    [Fact]
    public void Schedule_InThePast_IsRefused() =>
        Assert.Equal("schedule-in-past", Assert.Throws<BusinessRuleViolationException>(() => WithEmailStep().Schedule(Now, new HashSet<Guid> { Account }, Now)).Rule.Code);

    [Fact]
    public void Schedule_WithoutAnActiveEmailStep_IsRefused()
    {
        var campaign = NewCampaign();
        campaign.AddStep(new StepDefinition(StepType.Email, Guid.NewGuid(), Account, IsActive: false), null, Now);
        campaign.AddStep(new StepDefinition(StepType.Wait, WaitDurationHours: 5), null, Now);
        var refused = Assert.Throws<BusinessRuleViolationException>(() => campaign.Schedule(Now.AddDays(1), new HashSet<Guid> { Account }, Now));
        Assert.Equal("sequence-cannot-send", refused.Rule.Code);
    }

    [Fact]
    public void Schedule_WithAnEmailStepWhoseAccountCannotSend_NamesTheStep()
    {
        var refused = Assert.Throws<BusinessRuleViolationException>(() => WithEmailStep().Schedule(Now.AddDays(1), new HashSet<Guid>(), Now));
        Assert.Equal("Email step 1 needs a template and an active e-mail account of this tenant (its own, or one of the campaign's senders).", refused.Message);
    }

    [Fact]
    public void An_email_step_without_its_own_account_sends_through_the_campaigns_senders()
    {
        var campaign = NewCampaign();
        campaign.AddStep(new StepDefinition(StepType.Email, Guid.NewGuid()), null, Now);
        Assert.Throws<BusinessRuleViolationException>(() => campaign.Schedule(Now.AddDays(1), new HashSet<Guid> { Account }, Now));

        campaign.ChangeSending(new SendingChange(SenderIds: new List<Guid> { Account }), Now);
        campaign.Schedule(Now.AddDays(1), new HashSet<Guid> { Account }, Now);

        Assert.Equal(CampaignStatus.Scheduled, campaign.Status);
    }

    [Fact]
    public void How_a_campaign_sends_changes_only_while_it_is_draft_or_paused()
    {
        var campaign = WithEmailStep();
        campaign.Schedule(Now.AddDays(1), new HashSet<Guid> { Account }, Now);

        var refused = Assert.Throws<BusinessRuleViolationException>(() => campaign.ChangeSending(new SendingChange(DailyLimit: 10), Now));

        Assert.Equal("campaign-status-conflict", refused.Rule.Code);
        Assert.Null(campaign.DailyLimit);
    }

    [Fact]
    public void Senders_keep_the_order_given_and_a_repeated_change_keeps_the_kept_ones()
    {
        var campaign = NewCampaign();
        Guid first = Guid.NewGuid(), second = Guid.NewGuid(), third = Guid.NewGuid();
        campaign.ChangeSending(new SendingChange(SenderIds: new List<Guid> { first, second }), Now);
        campaign.ChangeSending(new SendingChange(SenderIds: new List<Guid> { third, first }), Now);

        Assert.Equal([third, first], campaign.SenderIds);
    }

    [Fact]
    public void Schedule_AValidSequence_SchedulesAndUnschedulingClearsTheTime()
    {
        var campaign = WithEmailStep();
        campaign.Schedule(Now.AddDays(1), new HashSet<Guid> { Account }, Now);
        Assert.Equal((CampaignStatus.Scheduled, (DateTimeOffset?)Now.AddDays(1)), (campaign.Status, campaign.Scheduled));
        campaign.Unschedule(Now);
        Assert.Equal((CampaignStatus.Draft, (DateTimeOffset?)null), (campaign.Status, campaign.Scheduled));
    }

    [Theory]
    [InlineData("draft", true)]
    [InlineData("paused", true)]
    [InlineData("scheduled", false)]
    [InlineData("sending", false)]
    [InlineData("completed", false)]
    public void Steps_ChangeOnlyWhileDraftOrPaused(string status, bool editable) => Assert.Equal(editable, InStatus(status).StepsEditable);

    // object: a public theory cannot name the module's internal StepDefinition.
    public static TheoryData<object, string?> Definitions() => new()
    {
        { new StepDefinition(StepType.Email, Guid.NewGuid(), Guid.NewGuid()), null },
        { new StepDefinition(StepType.Email, null, Guid.NewGuid()), "templateId" },
        { new StepDefinition(StepType.Email, Guid.NewGuid(), null), null }, // sends through the campaign's senders
        { new StepDefinition(StepType.Wait, WaitDurationHours: 24), null },
        { new StepDefinition(StepType.Wait, WaitUntilDate: Now), null },
        { new StepDefinition(StepType.Wait), "waitDurationHours" },
        { new StepDefinition(StepType.Wait, WaitDurationHours: 1, WaitUntilDate: Now), "waitDurationHours" },
        { new StepDefinition(StepType.Condition, ConditionType: "opened"), null },
        { new StepDefinition(StepType.Condition, ConditionType: "clicked", ConditionValue: "https://x.com"), null },
        { new StepDefinition(StepType.Condition, ConditionType: "clicked"), "conditionValue" },
        { new StepDefinition(StepType.Condition, ConditionType: "replied", ConditionValue: "x"), "conditionValue" },
        { new StepDefinition(StepType.Condition), "conditionType" },
        { new StepDefinition("jump"), "stepType" },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void StepDefinition_NamesTheFieldItsTypeMisses(object definition, string? field) =>
        Assert.Equal(field, ((StepDefinition)definition).Problems().Select(p => p.Field).FirstOrDefault());

    [Fact]
    public void Define_ClearsTheFieldsTheNewTypeDoesNotUse()
    {
        var step = EmailStep();
        step.Define(new StepDefinition(StepType.Wait, Guid.NewGuid(), Account, "subject", WaitDurationHours: 3), Now);
        Assert.Equal((null, null, null, (int?)3), (step.TemplateId, step.EmailAccountId, step.SubjectOverride, step.WaitDurationHours));
    }

    [Fact]
    public void A_step_added_at_a_position_moves_the_later_steps_down_and_past_the_end_appends()
    {
        var campaign = WithSteps(3);
        campaign.AddStep(new StepDefinition(StepType.Wait, WaitDurationHours: 99), 2, Now);
        campaign.AddStep(new StepDefinition(StepType.Wait, WaitDurationHours: 100), 50, Now);

        Assert.Equal([1, 99, 2, 3, 100], Hours(campaign));
        Assert.Equal([1, 2, 3, 4, 5], Orders(campaign));
    }

    [Fact]
    public void Removing_a_step_closes_the_gap()
    {
        var campaign = WithSteps(3);
        campaign.RemoveStep(campaign.Steps[0], Now);

        Assert.Equal([2, 3], Hours(campaign));
        Assert.Equal([1, 2], Orders(campaign));
    }

    [Fact]
    public void Reordering_puts_the_steps_in_the_order_named()
    {
        var campaign = WithSteps(3);
        var ids = campaign.Steps.Select(s => s.Id).Reverse().ToList();

        campaign.ReorderSteps(ids, Now);

        Assert.Equal([3, 2, 1], Hours(campaign));
        Assert.Equal([1, 2, 3], Orders(campaign));
    }

    [Fact]
    public void An_order_that_leaves_out_or_repeats_a_step_is_refused()
    {
        var campaign = WithSteps(2);
        var first = campaign.Steps[0].Id;

        Assert.False(campaign.NamesEveryStepOnce([first]));
        Assert.False(campaign.NamesEveryStepOnce([first, first]));
        Assert.Equal("step-order-incomplete", Assert.Throws<BusinessRuleViolationException>(() => campaign.ReorderSteps([first, first], Now)).Rule.Code);
        Assert.Equal([1, 2], Hours(campaign));
    }

    [Fact]
    public void Steps_of_a_sending_campaign_cannot_change()
    {
        var campaign = InStatus(CampaignStatus.Sending.Name);

        Assert.Throws<BusinessRuleViolationException>(() => campaign.AddStep(new StepDefinition(StepType.Wait, WaitDurationHours: 1), null, Now));
        Assert.Throws<BusinessRuleViolationException>(() => campaign.RemoveStep(campaign.Steps[0], Now));
        Assert.Single(campaign.Steps);
    }

    [Fact]
    public void A_status_is_read_back_from_its_name_and_an_unknown_name_is_refused()
    {
        Assert.All(CampaignStatus.All, status => Assert.Same(status, CampaignStatus.Of(status.Name)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CampaignStatus.Of("archived"));
    }

    private static CampaignSequenceStep EmailStep() => WithEmailStep().Steps[0];

    private static Campaign WithEmailStep()
    {
        var campaign = NewCampaign();
        campaign.AddStep(new StepDefinition(StepType.Email, Guid.NewGuid(), Account), null, Now);
        return campaign;
    }

    private static Campaign WithSteps(int count)
    {
        var campaign = NewCampaign();
        for (var i = 0; i < count; i++)
        {
            campaign.AddStep(new StepDefinition(StepType.Wait, WaitDurationHours: i + 1), null, Now);
        }

        return campaign;
    }

    private static int[] Hours(Campaign campaign) => [.. campaign.Steps.Select(s => s.WaitDurationHours!.Value)];

    private static int[] Orders(Campaign campaign) => [.. campaign.Steps.Select(s => s.StepOrder)];

    private static Campaign NewCampaign() => Campaign.Create(Guid.NewGuid(), Guid.NewGuid(), "Launch", null, Now);

    private static Campaign InStatus(string status)
    {
        var campaign = WithEmailStep();
        if (status == CampaignStatus.Draft.Name)
        {
            return campaign;
        }

        campaign.Schedule(Now.AddDays(1), new HashSet<Guid> { Account }, Now);
        if (status == CampaignStatus.Scheduled.Name)
        {
            return campaign;
        }

        campaign.Start(Now);
        if (status == CampaignStatus.Sending.Name)
        {
            return campaign;
        }

        campaign.Pause(Now);
        if (status == CampaignStatus.Paused.Name)
        {
            return campaign;
        }

        campaign.Complete(Now);
        return campaign;
    }
}
