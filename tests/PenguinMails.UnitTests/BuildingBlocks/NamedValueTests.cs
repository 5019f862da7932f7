using PenguinMails.Campaigns.Domain;
using PenguinMails.Deliverability.Domain;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class NamedValueTests
{
    [Fact]
    public void The_values_of_a_set_are_its_declared_fields_in_the_order_written()
    {
        Assert.Equal(["draft", "scheduled", "sending", "paused", "completed"], CampaignStatus.Names);
        Assert.Equal([CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Sending, CampaignStatus.Paused, CampaignStatus.Completed], CampaignStatus.All);
    }

    [Fact]
    public void A_name_gives_back_the_one_value_of_that_name()
    {
        Assert.Same(SmtpIpStatus.Quarantined, SmtpIpStatus.Of("quarantined"));
    }

    [Fact]
    public void A_name_outside_the_set_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignmentStatus.Of("burned"));
    }

    [Fact]
    public void Sets_that_share_a_name_keep_their_own_values()
    {
        Assert.NotSame((object)AssignmentStatus.Warming, WarmupState.Warming);
        Assert.Equal(["unwarmed", "warming", "warmed"], WarmupState.Names);
    }
}
