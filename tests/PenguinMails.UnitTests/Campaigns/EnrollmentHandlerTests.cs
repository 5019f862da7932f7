using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Campaigns.Application.Campaigns;
using PenguinMails.Campaigns.Application.Enrollments;
using PenguinMails.Campaigns.Application.Enrollments.EnrollLeads;
using PenguinMails.Campaigns.Application.Leads;
using PenguinMails.Campaigns.Application.Suppressions;
using PenguinMails.Campaigns.Application.Unsubscribes;
using PenguinMails.Campaigns.Application.Unsubscribes.Unsubscribe;
using PenguinMails.Campaigns.Contracts;
using PenguinMails.Campaigns.Contracts.Enrollments.EnrollLeads;
using PenguinMails.Campaigns.Contracts.Unsubscribes.Unsubscribe;
using PenguinMails.Campaigns.Domain;

namespace PenguinMails.UnitTests.Campaigns;

public sealed class EnrollmentHandlerTests
{
    private static readonly Guid TenantId = Guid.NewGuid();

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly ICampaignRepository _campaigns = Substitute.For<ICampaignRepository>();
    private readonly IEnrollmentWriter _writer = Substitute.For<IEnrollmentWriter>();
    private readonly ILeadRepository _leads = Substitute.For<ILeadRepository>();
    private readonly ISuppressionRepository _suppressions = Substitute.For<ISuppressionRepository>();
    private readonly IUnsubscribeTokens _tokens = Substitute.For<IUnsubscribeTokens>();
    private readonly ICallerContext _caller = Substitute.For<ICallerContext>();

    [Fact]
    public async Task Leads_asked_for_twice_in_one_call_are_asked_for_once()
    {
        var campaign = Draft();
        var lead = Guid.NewGuid();
        LeadSelection? asked = null;
        _writer.EnrollAsync(campaign.Id, Arg.Do<LeadSelection>(s => asked = s), _clock.GetUtcNow(), Arg.Any<CancellationToken>()).Returns(new EnrollmentCounts(1, 0, 0, 0, 0, 0));

        var result = await EnrollHandler().Handle(new EnrollLeadsCommand([lead, lead]) { CampaignId = campaign.Id }, CancellationToken.None);

        Assert.Equal([lead], asked!.Ids);
        Assert.Equal(1, result.Added);
    }

    [Fact]
    public async Task A_filter_becomes_a_status_and_a_literal_prefix_pattern()
    {
        var campaign = Draft();
        LeadSelection? asked = null;
        _writer.EnrollAsync(campaign.Id, Arg.Do<LeadSelection>(s => asked = s), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(new EnrollmentCounts(0, 0, 0, 0, 0, 0));

        await EnrollHandler().Handle(new EnrollLeadsCommand(Filter: new EnrollmentFilter("replied", " 50%_Off ")) { CampaignId = campaign.Id }, CancellationToken.None);

        Assert.Equal((null, LeadStatus.Replied, "50\\%\\_off%"), (asked!.Ids, asked.Status, asked.Pattern));
    }

    [Fact]
    public async Task A_completed_campaign_is_refused_before_any_lead_is_written()
    {
        var campaign = Draft();
        var account = Guid.NewGuid();
        var now = _clock.GetUtcNow();
        campaign.AddStep(new StepDefinition(StepType.Email, Guid.NewGuid(), account), null, now);
        campaign.Schedule(now.AddDays(1), new HashSet<Guid> { account }, now);
        campaign.Start(now);
        campaign.Complete(now);

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            EnrollHandler().Handle(new EnrollLeadsCommand([Guid.NewGuid()]) { CampaignId = campaign.Id }, CancellationToken.None));

        Assert.Equal("campaign-status-conflict", refused.Rule.Code);
        await _writer.DidNotReceiveWithAnyArgs().EnrollAsync(default, default!, default, default);
    }

    [Fact]
    public async Task An_unknown_token_is_not_found_and_acts_as_no_tenant()
    {
        _tokens.Read("forged").Returns((UnsubscribeTarget?)null);

        await Assert.ThrowsAsync<NotFoundException>(() => UnsubscribeHandler().Handle(new UnsubscribeCommand("forged"), CancellationToken.None));

        await _caller.DidNotReceiveWithAnyArgs().ActAsAsync(default, default, default!, default);
        await _writer.DidNotReceiveWithAnyArgs().StopCoveredAsync(default!, default!, default!, default, default);
    }

    [Fact]
    public async Task An_unsubscribe_acts_in_the_tokens_tenant_and_suppresses_the_address_once()
    {
        var lead = Lead.Create(TenantId, "ana@x.com", new LeadDetails(), LeadStatus.Active, _clock.GetUtcNow());
        _tokens.Read("token").Returns(new UnsubscribeTarget(TenantId, lead.Id, null));
        _leads.GetForUpdateAsync(lead.Id, Arg.Any<CancellationToken>()).Returns(lead);
        _suppressions.ExistsAsync("ana@x.com", Arg.Any<CancellationToken>()).Returns(false, true);
        _writer.StopCoveredAsync(Arg.Any<Suppression>(), EnrollmentStatus.Unsubscribed, StopReasons.Unsubscribed, _clock.GetUtcNow(), Arg.Any<CancellationToken>()).Returns(2, 0);

        var first = await UnsubscribeHandler().Handle(new UnsubscribeCommand("token"), CancellationToken.None);
        var second = await UnsubscribeHandler().Handle(new UnsubscribeCommand("token"), CancellationToken.None);

        await _caller.Received(2).ActAsAsync(null, TenantId, Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>());
        Assert.Equal((LeadStatus.Unsubscribed, 2, 0), (lead.Status, first.StoppedEnrollments, second.StoppedEnrollments));
        _suppressions.Received(1).Add(Arg.Is<Suppression>(s => s.Value == "ana@x.com" && s.Reason == SuppressionReason.Unsubscribed && s.Kind == SuppressionKind.Address));
    }

    private Campaign Draft()
    {
        var campaign = Campaign.Create(TenantId, Guid.NewGuid(), "Launch", null, _clock.GetUtcNow());
        _campaigns.GetForUpdateAsync(campaign.Id, Arg.Any<CancellationToken>()).Returns(campaign);
        return campaign;
    }

    private EnrollLeadsCommandHandler EnrollHandler() => new(_campaigns, _writer, _clock);

    private UnsubscribeCommandHandler UnsubscribeHandler() => new(_tokens, _caller, _leads, _suppressions, _writer, _clock);
}
