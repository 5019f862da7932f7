using MediatR;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Members.AddMember;
using PenguinMails.Identity.Application.Members.ChangeMemberRoles;
using PenguinMails.Identity.Application.Members.RemoveMember;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Contracts.Members.AddMember;
using PenguinMails.Identity.Contracts.Members.ChangeMemberRoles;
using PenguinMails.Identity.Contracts.Members.RemoveMember;
using PenguinMails.Identity.Domain;

namespace PenguinMails.UnitTests.Identity;

public sealed class MemberHandlerTests
{
    private static readonly Guid TenantId = Guid.NewGuid();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly RequestCaller _caller = new();
    private readonly ITenantPoliciesRepository _policies = Substitute.For<ITenantPoliciesRepository>();
    private readonly IUserRepository _users = Substitute.For<IUserRepository>();
    private readonly IMembershipRepository _memberships = Substitute.For<IMembershipRepository>();
    private readonly IInvitationRepository _invitations = Substitute.For<IInvitationRepository>();
    private readonly ISignedTokens _tokens = Substitute.For<ISignedTokens>();
    private readonly IEmailSender _sender = Substitute.For<IEmailSender>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly ITenantLocks _locks = Substitute.For<ITenantLocks>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly TenantPolicies _tenantPolicies;

    public MemberHandlerTests()
    {
        _tenantPolicies = TenantPolicies.CreateDefault(TenantId, _clock.GetUtcNow());
        _policies.GetAsync(TenantId, Arg.Any<CancellationToken>()).Returns(_tenantPolicies);
        _tokens.IssueInvitation(default, default, default).ReturnsForAnyArgs("invitation-token");
        ArrangeSeats(max: null, taken: 1);
    }

    [Fact]
    public async Task AddMember_WhenThePlansSeatsAreTaken_IsRefusedAfterTakingTheSeatLock()
    {
        ActAs(TenantRoles.Owner);
        ArrangeSeats(max: 3, taken: 3);

        var error = await Assert.ThrowsAsync<PlanLimitExceededException>(() => AddHandler().Handle(new AddMemberCommand("x@example.com", [TenantRoles.Member]), CancellationToken.None));

        Assert.Equal((PlanLimit.Users, 3, 3), (error.Limit, error.Max, error.Current));
        await _locks.Received(1).LockAsync(AddMemberCommandHandler.SeatLock, Arg.Any<CancellationToken>());
        _invitations.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task AddMember_WhenAMemberInvitesAndThePolicyForbidsIt_IsForbidden()
    {
        ActAs(TenantRoles.Member);
        _tenantPolicies.Change(new TenantPoliciesChange(CompanyAllowMemberInvites: false), _clock.GetUtcNow());

        var error = await Assert.ThrowsAsync<ForbiddenException>(() => AddHandler().Handle(new AddMemberCommand("x@example.com", [TenantRoles.Member]), CancellationToken.None));

        Assert.Equal("member-invites-disabled", error.Code);
    }

    [Theory]
    [InlineData(TenantRoles.Member, TenantRoles.Admin)]
    [InlineData(TenantRoles.Admin, TenantRoles.Owner)]
    public async Task AddMember_WhenTheCallerGrantsARoleAboveTheirOwn_IsForbidden(string callerRole, string granted)
    {
        ActAs(callerRole);
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => AddHandler().Handle(new AddMemberCommand("x@example.com", [granted]), CancellationToken.None));
        Assert.Equal("insufficient-role", error.Code);
    }

    [Fact]
    public async Task AddMember_WhenTheAddressHasNoAccount_InvitesItAndMailsTheLinkAfterCommit()
    {
        ActAs(TenantRoles.Admin);

        var result = await AddHandler().Handle(new AddMemberCommand(" New@Example.com ", [TenantRoles.Member]), CancellationToken.None);

        Assert.Equal("invited", result.Outcome);
        _invitations.Received(1).Add(Arg.Is<TenantInvitation>(i => i.Email == "new@example.com" && i.TenantId == TenantId));
        await _unitOfWork.Received(1).OnCommittedAsync(Arg.Any<Func<CancellationToken, Task>>(), Arg.Any<CancellationToken>());
        await _sender.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }

    [Fact]
    public async Task AddMember_WhenTheAccountIsAlreadyAnActiveMember_IsAConflict()
    {
        ActAs(TenantRoles.Owner);
        var user = User.Register(Guid.NewGuid(), "m@example.com", "M", _clock.GetUtcNow());
        _users.FindByEmailAsync("m@example.com", Arg.Any<CancellationToken>()).Returns(user);
        _memberships.GetAsync(TenantId, user.Id, Arg.Any<CancellationToken>()).Returns(TenantUser.Create(TenantId, user.Id, user.Email!, [TenantRoles.Member], _clock.GetUtcNow()));

        var error = await Assert.ThrowsAsync<ConflictException>(() => AddHandler().Handle(new AddMemberCommand("m@example.com", [TenantRoles.Member]), CancellationToken.None));

        Assert.Equal("already-a-member", error.Code);
    }

    [Fact]
    public async Task AddMember_WhenAnEarlierInvitationExpired_ClosesItAndInvitesAgain()
    {
        ActAs(TenantRoles.Owner);
        var stale = TenantInvitation.Issue(Guid.NewGuid(), TenantId, "late@example.com", [TenantRoles.Member], Guid.NewGuid(), _clock.GetUtcNow());
        _invitations.FindUnsettledAsync(TenantId, "late@example.com", Arg.Any<CancellationToken>()).Returns(stale);
        _clock.Advance(TenantInvitation.Lifetime);

        await AddHandler().Handle(new AddMemberCommand("late@example.com", [TenantRoles.Member]), CancellationToken.None);

        Assert.Equal(InvitationStatus.Revoked, stale.Status);
        _invitations.Received(1).Add(Arg.Is<TenantInvitation>(i => i.Id != stale.Id));
    }

    [Fact]
    public async Task AddMember_CountsSeatsAtTheHandlersClock()
    {
        ActAs(TenantRoles.Owner);
        await AddHandler().Handle(new AddMemberCommand("x@example.com", [TenantRoles.Member]), CancellationToken.None);
        await _memberships.Received(1).CountSeatsAsync(TenantId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RemoveMember_WhenAnAdminRemovesAnOwner_IsForbidden()
    {
        ActAs(TenantRoles.Admin);
        var owner = ArrangeMembership(TenantRoles.Owner);

        var error = await Assert.ThrowsAsync<ForbiddenException>(() => new RemoveMemberCommandHandler(_caller, _caller, _memberships, _clock)
            .Handle(new RemoveMemberCommand(owner.UserId), CancellationToken.None));

        Assert.Equal("insufficient-role", error.Code);
        Assert.True(owner.IsActive);
    }

    [Fact]
    public async Task RemoveMember_WhenTheLastOwnerLeaves_IsRefusedByTheRule()
    {
        var owner = ArrangeMembership(TenantRoles.Owner);
        _caller.Set(owner.UserId, TenantId, [TenantRoles.Owner]);
        _memberships.CountActiveOwnersAsync(TenantId, Arg.Any<CancellationToken>()).Returns(1);

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => new RemoveMemberCommandHandler(_caller, _caller, _memberships, _clock)
            .Handle(new RemoveMemberCommand(owner.UserId), CancellationToken.None));

        Assert.Equal("last-owner", error.Rule.Code);
    }

    [Fact]
    public async Task RemoveMember_AnyMemberMayLeave()
    {
        var member = ArrangeMembership(TenantRoles.Member);
        _caller.Set(member.UserId, TenantId, [TenantRoles.Member]);

        await new RemoveMemberCommandHandler(_caller, _caller, _memberships, _clock).Handle(new RemoveMemberCommand(member.UserId), CancellationToken.None);

        Assert.False(member.IsActive);
    }

    [Fact]
    public async Task ChangeMemberRoles_WhenTheMemberIsUnknownOrRemoved_IsNotFound()
    {
        ActAs(TenantRoles.Owner);
        var removed = ArrangeMembership(TenantRoles.Member);
        removed.Remove(activeOwners: 1, _clock.GetUtcNow());

        await Assert.ThrowsAsync<NotFoundException>(() => new ChangeMemberRolesCommandHandler(_caller, _memberships, _unitOfWork, _clock)
            .Handle(new ChangeMemberRolesCommand(removed.UserId, [TenantRoles.Admin]), CancellationToken.None));
    }

    private void ArrangeSeats(int? max, int taken)
    {
        _mediator.Send(Arg.Any<GetEntitlementsQuery>(), Arg.Any<CancellationToken>())
            .Returns(new EntitlementsDto("plan", new Dictionary<string, int?> { [PlanLimit.Users] = max }, false, null));
        _memberships.CountSeatsAsync(TenantId, Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(taken);
    }

    private void ActAs(string role) => _caller.Set(Guid.NewGuid(), TenantId, [role]);

    private TenantUser ArrangeMembership(string role)
    {
        var membership = TenantUser.Create(TenantId, Guid.NewGuid(), "someone@example.com", [role], _clock.GetUtcNow());
        _memberships.GetAsync(TenantId, membership.UserId, Arg.Any<CancellationToken>()).Returns(membership);
        return membership;
    }

    private AddMemberCommandHandler AddHandler() => new(
        _caller, _caller, _policies, _users, _memberships, _invitations, _tokens, new IdentityLinks("https://app.example.com"), _sender, _unitOfWork, _locks, _mediator, _clock, ModuleMappers.Of("Identity"));
}
