using MediatR;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Auth.AcceptInvitation;
using PenguinMails.Identity.Application.Auth.ConfirmSignUp;
using PenguinMails.Identity.Application.Auth.SignUp;
using PenguinMails.Identity.Application.Invitations;
using PenguinMails.Identity.Application.Me.ChangePassword;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts.Auth.AcceptInvitation;
using PenguinMails.Identity.Contracts.Auth.ConfirmSignUp;
using PenguinMails.Identity.Contracts.Auth.SignUp;
using PenguinMails.Identity.Contracts.Me.ChangePassword;
using PenguinMails.Identity.Domain;

namespace PenguinMails.UnitTests.Identity;

public sealed class AccountHandlerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly IUserRepository _users = Substitute.For<IUserRepository>();
    private readonly IUserCredentialRepository _credentials = Substitute.For<IUserCredentialRepository>();
    private readonly IUserPreferencesRepository _preferences = Substitute.For<IUserPreferencesRepository>();
    private readonly IUserSessionRepository _sessions = Substitute.For<IUserSessionRepository>();
    private readonly IMembershipRepository _memberships = Substitute.For<IMembershipRepository>();
    private readonly ITenantRepository _tenants = Substitute.For<ITenantRepository>();
    private readonly ITenantPoliciesRepository _policies = Substitute.For<ITenantPoliciesRepository>();
    private readonly IInvitationRepository _invitations = Substitute.For<IInvitationRepository>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly ISignedTokens _tokens = Substitute.For<ISignedTokens>();
    private readonly ICallerContext _caller = Substitute.For<ICallerContext>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly IEmailSender _sender = Substitute.For<IEmailSender>();

    public AccountHandlerTests()
    {
        _tokens.IssueAccessToken(default, default, default).ReturnsForAnyArgs("access-token");
        _hasher.Hash(Arg.Any<string>()).Returns(call => "hash:" + call.Arg<string>().Length);
    }

    [Fact]
    public async Task SignUp_WhenTheAddressIsTaken_TellsItsOwnerAfterTheSameHashAndStoresNothing()
    {
        _users.EmailExistsAsync("taken@example.com", Arg.Any<CancellationToken>()).Returns(true);

        var result = await SignUpHandler().Handle(new SignUpCommand(" Taken@Example.com", "a good password", "Ada", "Acme"), CancellationToken.None);
        await RunCommittedWorkAsync();

        Assert.Equal("taken@example.com", result.Email);
        _hasher.Received(1).Hash("a good password");
        _tokens.DidNotReceiveWithAnyArgs().IssueSignUp(default!, default);
        await _sender.Received(1).SendAsync(Arg.Is<EmailMessage>(m => m.To == "taken@example.com" && m.Kind == "sign-up-attempt"), Arg.Any<CancellationToken>());
        _users.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task SignUp_WhenTheAddressIsFree_MailsALinkCarryingTheHashedPasswordAndStoresNothing()
    {
        _tokens.IssueSignUp(default!, default).ReturnsForAnyArgs("sign-up-token");

        var result = await SignUpHandler().Handle(new SignUpCommand(" Ada@Example.com", "a good password", "Ada", "Acme"), CancellationToken.None);
        await RunCommittedWorkAsync();

        Assert.Equal("ada@example.com", result.Email);
        _tokens.Received(1).IssueSignUp(
            new PendingSignUp("ada@example.com", "Ada", "Acme", new HashedPassword("hash:15", PasswordShape.Of("a good password"))),
            _clock.GetUtcNow() + SignUpCommandHandler.LinkLifetime);
        await _sender.Received(1).SendAsync(
            Arg.Is<EmailMessage>(m => m.To == "ada@example.com" && m.Kind == "sign-up" && m.Link.EndsWith("#token=sign-up-token", StringComparison.Ordinal)),
            Arg.Any<CancellationToken>());
        _users.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task ConfirmSignUp_CreatesTheVerifiedAccountAndItsTenantOwnership_AndTheTenantAnnouncesItsCreation()
    {
        _tokens.ReadSignUpAsync("link").Returns(new PendingSignUp("ada@example.com", "Ada", "Acme", new HashedPassword("hash:15", PasswordShape.Of("a good password"))));

        var result = await ConfirmSignUpHandler().Handle(new ConfirmSignUpCommand("link"), CancellationToken.None);

        _users.Received(1).Add(Arg.Is<User>(u => u.Id == result.UserId && u.Email == "ada@example.com" && u.IsEmailVerified));
        _credentials.Received(1).Add(Arg.Is<UserCredential>(c => c.UserId == result.UserId && c.PasswordHash == "hash:15" && c.PasswordLength == 15));
        _preferences.Received(1).Add(Arg.Is<UserPreferences>(p => p.UserId == result.UserId));
        _tenants.Received(1).Add(Arg.Is<Tenant>(t => t.Id == result.TenantId && t.Name == "Acme"
            && t.DomainEvents.OfType<TenantCreated>().Single().OwnerUserId == result.UserId));
        _policies.Received(1).Add(Arg.Is<TenantPolicies>(p => p.TenantId == result.TenantId && p.MaxLoginAttempts == 5));
        _memberships.Received(1).Add(Arg.Is<TenantUser>(m => m.TenantId == result.TenantId && m.Roles.SequenceEqual(new[] { TenantRoles.Owner })));
        Assert.Equal("access-token", result.AccessToken);
    }

    [Fact]
    public async Task ConfirmSignUp_WhenTheAddressHasAnAccountByNow_IsAConflictAndAddsNothing()
    {
        _tokens.ReadSignUpAsync("link").Returns(new PendingSignUp("ada@example.com", "Ada", "Acme", new HashedPassword("hash:15", PasswordShape.Of("a good password"))));
        _users.EmailExistsAsync("ada@example.com", Arg.Any<CancellationToken>()).Returns(true);

        var error = await Assert.ThrowsAsync<ConflictException>(() => ConfirmSignUpHandler().Handle(new ConfirmSignUpCommand("link"), CancellationToken.None));

        Assert.Equal("email-taken", error.Code);
        _users.DidNotReceiveWithAnyArgs().Add(default!);
        _tenants.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task ConfirmSignUp_WithATokenThatDoesNotRead_IsAValidationErrorOnTheToken()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => ConfirmSignUpHandler().Handle(new ConfirmSignUpCommand("forged"), CancellationToken.None));
        Assert.Contains("token", error.Errors.Keys);
    }

    [Fact]
    public async Task ChangePassword_WhenTheCurrentPasswordIsWrong_IsAValidationErrorOnIt()
    {
        var userId = Guid.NewGuid();
        _credentials.GetAsync(userId, Arg.Any<CancellationToken>()).Returns(UserCredential.Create(userId, "stored", PasswordShape.Of("old password"), _clock.GetUtcNow()));
        _hasher.Verify("stored", "not it").Returns(PasswordCheck.Wrong);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => ChangePasswordHandler(userId).Handle(new ChangePasswordCommand("not it", "a new password"), CancellationToken.None));

        Assert.Contains("currentPassword", error.Errors.Keys);
    }

    [Fact]
    public async Task ChangePassword_ForATenant_MustMeetThatTenantsRules()
    {
        var userId = Guid.NewGuid();
        var tenantId = Guid.NewGuid();
        _credentials.GetAsync(userId, Arg.Any<CancellationToken>()).Returns(UserCredential.Create(userId, "stored", PasswordShape.Of("old password"), _clock.GetUtcNow()));
        _hasher.Verify("stored", "old password").Returns(PasswordCheck.Correct);
        _memberships.GetAsync(tenantId, userId, Arg.Any<CancellationToken>()).Returns(TenantUser.Create(tenantId, userId, "a@example.com", ["member"], _clock.GetUtcNow()));
        var strict = TenantPolicies.CreateDefault(tenantId, _clock.GetUtcNow());
        strict.Change(new TenantPoliciesChange(PasswordMinLength: 20, PasswordRequireUppercase: true), _clock.GetUtcNow());
        _policies.GetAsync(tenantId, Arg.Any<CancellationToken>()).Returns(strict);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            ChangePasswordHandler(userId).Handle(new ChangePasswordCommand("old password", "a new password", tenantId), CancellationToken.None));

        Assert.Equal(2, error.Errors["newPassword"].Length);
    }

    [Fact]
    public async Task ChangePassword_WithoutATenant_MeetsOnlyThePlatformsRules()
    {
        var userId = Guid.NewGuid();
        _credentials.GetAsync(userId, Arg.Any<CancellationToken>()).Returns(UserCredential.Create(userId, "stored", PasswordShape.Of("old password"), _clock.GetUtcNow()));
        _hasher.Verify("stored", "old password").Returns(PasswordCheck.Correct);

        await ChangePasswordHandler(userId).Handle(new ChangePasswordCommand("old password", "a new password"), CancellationToken.None);

        await _policies.DidNotReceiveWithAnyArgs().GetAsync(default, default);
    }

    [Fact]
    public async Task ChangePassword_StoresTheNewHashAndSignsOutTheOtherSessions()
    {
        var userId = Guid.NewGuid();
        var credential = UserCredential.Create(userId, "stored", PasswordShape.Of("old password"), _clock.GetUtcNow());
        _credentials.GetAsync(userId, Arg.Any<CancellationToken>()).Returns(credential);
        _hasher.Verify("stored", "old password").Returns(PasswordCheck.Correct);
        var session = new CurrentSession { SessionId = Guid.NewGuid() };

        await ChangePasswordHandler(userId, session).Handle(new ChangePasswordCommand("old password", "a new password"), CancellationToken.None);

        Assert.Equal("hash:14", credential.PasswordHash);
        await _sessions.Received(1).RevokeOthersAsync(userId, session.SessionId, _clock.GetUtcNow(), Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task AcceptInvitation_StartsTheMembershipOnlyWhenTheTenantApprovesAutomatically(bool autoApprove, int memberships)
    {
        var (invitation, policies) = ArrangeInvitation();
        policies.Change(new TenantPoliciesChange(CompanyAutoApproveMembers: autoApprove), _clock.GetUtcNow());

        var result = await AcceptHandler().Handle(new AcceptInvitationCommand("token", "a good password", "Invitee"), CancellationToken.None);

        _memberships.Received(memberships).Add(Arg.Any<TenantUser>());
        _users.Received(1).Add(Arg.Is<User>(u => u.IsEmailVerified && u.Email == invitation.Email));
        Assert.Equal((autoApprove ? InvitationStatus.Accepted : InvitationStatus.AwaitingApproval).Name, result.Status);
    }

    [Fact]
    public async Task AcceptInvitation_WhenThePasswordBreaksTheTenantsRules_CreatesNoAccount()
    {
        var (_, policies) = ArrangeInvitation();
        policies.Change(new TenantPoliciesChange(PasswordMinLength: 20, PasswordRequireSymbols: true), _clock.GetUtcNow());

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => AcceptHandler().Handle(new AcceptInvitationCommand("token", "too plain", "Invitee"), CancellationToken.None));

        Assert.Equal(2, error.Errors["password"].Length);
        _users.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task AcceptInvitation_WhenTheTokenIsNotValid_IsAValidationErrorOnIt()
    {
        _tokens.ReadInvitationAsync("forged").Returns((InvitationClaims?)null);
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => AcceptHandler().Handle(new AcceptInvitationCommand("forged", "a good password", "X"), CancellationToken.None));
        Assert.Contains("token", error.Errors.Keys);
    }

    private (TenantInvitation Invitation, TenantPolicies Policies) ArrangeInvitation()
    {
        var tenant = Tenant.Create(Guid.NewGuid(), "Acme", Guid.NewGuid(), _clock.GetUtcNow());
        var invitation = TenantInvitation.Issue(Guid.NewGuid(), tenant.Id, "invitee@example.com", [TenantRoles.Member], Guid.NewGuid(), _clock.GetUtcNow());
        var policies = TenantPolicies.CreateDefault(tenant.Id, _clock.GetUtcNow());
        _tokens.ReadInvitationAsync("token").Returns(new InvitationClaims(invitation.Id, tenant.Id));
        _invitations.GetAsync(invitation.Id, Arg.Any<CancellationToken>()).Returns(invitation);
        _tenants.GetAsync(tenant.Id, Arg.Any<CancellationToken>()).Returns(tenant);
        _policies.GetAsync(tenant.Id, Arg.Any<CancellationToken>()).Returns(policies);
        return (invitation, policies);
    }

    private AccountRegistrar Registrar() => new(_users, _credentials, _preferences, _caller, _clock);

    private SignUpCommandHandler SignUpHandler() => new(_users, _hasher, _tokens, new IdentityLinks("https://app.example.com"), _sender, _unitOfWork, _clock);

    private ConfirmSignUpCommandHandler ConfirmSignUpHandler() => new(
        _tokens,
        _users,
        Registrar(),
        new TenantProvisioner(_tenants, _policies, _memberships, _caller, _clock),
        new SessionIssuer(_sessions, _tokens, _clock));

    /// <summary>Runs what the handler left for after the commit, as the unit of work would.</summary>
    private async Task RunCommittedWorkAsync()
    {
        foreach (var call in _unitOfWork.ReceivedCalls().Where(c => c.GetMethodInfo().Name == nameof(IUnitOfWork.OnCommittedAsync)))
        {
            await ((Func<CancellationToken, Task>)call.GetArguments()[0]!)(CancellationToken.None);
        }
    }

    private ChangePasswordCommandHandler ChangePasswordHandler(Guid userId, CurrentSession? session = null)
    {
        var caller = new RequestCaller();
        caller.Set(userId, null, []);
        return new ChangePasswordCommandHandler(caller, _caller, _policies, session ?? new CurrentSession(), _credentials, _sessions, _memberships, _hasher, _clock);
    }

    private AcceptInvitationCommandHandler AcceptHandler() => new(
        new InvitationLinks(_tokens, _invitations, _tenants, _policies, _caller, _clock), _users, _memberships, Registrar(), _hasher,
        new SessionIssuer(_sessions, _tokens, _clock), _clock);
}
