using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Auth.LogIn;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.LogIn;
using PenguinMails.Identity.Domain;

namespace PenguinMails.UnitTests.Identity;

public sealed class LogInCommandHandlerTests
{
    private const string Email = "ada@example.com";
    private const string Password = "the right password";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly IUserRepository _users = Substitute.For<IUserRepository>();
    private readonly IUserCredentialRepository _credentials = Substitute.For<IUserCredentialRepository>();
    private readonly IUserSessionRepository _sessions = Substitute.For<IUserSessionRepository>();
    private readonly IMembershipRepository _memberships = Substitute.For<IMembershipRepository>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly ISignedTokens _tokens = Substitute.For<ISignedTokens>();
    private readonly ICallerContext _caller = Substitute.For<ICallerContext>();
    private readonly PenguinMails.BuildingBlocks.Application.Observability.ISecurityEvents _security =
        Substitute.For<PenguinMails.BuildingBlocks.Application.Observability.ISecurityEvents>();
    private readonly User _user;
    private readonly UserCredential _credential;
    private readonly LogInCommandHandler _handler;

    public LogInCommandHandlerTests()
    {
        _user = User.Register(Guid.NewGuid(), Email, "Ada", _clock.GetUtcNow());
        _credential = UserCredential.Create(_user.Id, "stored-hash", PasswordShape.Of(Password), _clock.GetUtcNow());
        _users.FindByEmailAsync(Email, Arg.Any<CancellationToken>()).Returns(_user);
        _credentials.GetAsync(_user.Id, Arg.Any<CancellationToken>()).Returns(_credential);
        _hasher.Verify("stored-hash", Arg.Any<string>()).Returns(PasswordCheck.Wrong);
        _hasher.Verify("stored-hash", Password).Returns(PasswordCheck.Correct);
        _tokens.IssueAccessToken(default, default, default).ReturnsForAnyArgs("access-token");
        _tokens.IssueTwoFactorChallenge(default, default, default, default).ReturnsForAnyArgs("challenge");
        _tokens.IssueKnownDevice(default, default, default).ReturnsForAnyArgs("device-token");
        _handler = new LogInCommandHandler(_users, _credentials, _hasher, _tokens, _caller,
            new SessionIssuer(_sessions, _tokens, _clock), new KnownDevices(_tokens, _clock), _security, _clock);
    }

    [Fact]
    public async Task Handle_WhenTheAddressIsUnknown_AnswersLikeAWrongPasswordAfterASlowHash()
    {
        var unknown = await _handler.Handle(new LogInCommand("nobody@example.com", "anything"), CancellationToken.None);
        var wrong = await _handler.Handle(new LogInCommand(Email, "anything"), CancellationToken.None);

        Assert.Equal(wrong, unknown);
        _hasher.Received(1).VerifyNothing("anything");
    }

    [Fact]
    public async Task Handle_WhenTheAddressDiffersOnlyInCase_FindsTheAccount()
    {
        var result = await _handler.Handle(new LogInCommand("  ADA@Example.com ", Password), CancellationToken.None);
        Assert.IsType<LogInResult.Succeeded>(result);
    }

    [Fact]
    public async Task Handle_WhenThePasswordIsWrong_CountsTheFailure()
    {
        await _handler.Handle(new LogInCommand(Email, "wrong"), CancellationToken.None);
        Assert.Equal(1, _credential.FailedLoginAttempts);
        _sessions.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task Handle_WhenThePlatformsLimitIsReached_LocksAndRefusesEvenTheRightPassword()
    {
        for (var i = 0; i < UserCredential.DefaultMaxLoginAttempts; i++)
        {
            await _handler.Handle(new LogInCommand(Email, "wrong"), CancellationToken.None);
        }

        Assert.Equal(LogInCommandHandler.InvalidCredentials, await _handler.Handle(new LogInCommand(Email, Password), CancellationToken.None));

        _clock.Advance(UserCredential.FirstLockout);
        Assert.IsType<LogInResult.Succeeded>(await _handler.Handle(new LogInCommand(Email, Password), CancellationToken.None));
    }

    [Fact]
    public async Task Handle_WhenLockedAgainstUnknownClients_StillSignsInADeviceThatSignedInBefore()
    {
        var device = KnownDevice(_credential.PasswordChanged);
        LockAgainstUnknownClients();

        Assert.IsType<LogInResult.Succeeded>(await _handler.Handle(new LogInCommand(Email, Password, device), CancellationToken.None));
    }

    [Fact]
    public async Task Handle_WhenLocked_RefusesADeviceTokenOfAnotherAccount()
    {
        _tokens.ReadKnownDeviceAsync("other-account").Returns(new KnownDeviceClaims(Guid.NewGuid(), _credential.PasswordChanged.ToUnixTimeMilliseconds()));
        LockAgainstUnknownClients();

        Assert.Equal(LogInCommandHandler.InvalidCredentials, await _handler.Handle(new LogInCommand(Email, Password, "other-account"), CancellationToken.None));
    }

    [Fact]
    public async Task Handle_WhenLocked_RefusesADeviceThatSignedInBeforeThePasswordChanged()
    {
        var device = KnownDevice(_credential.PasswordChanged);
        _credential.ChangePassword("stored-hash", PasswordShape.Of(Password), _clock.GetUtcNow().AddSeconds(1));
        LockAgainstUnknownClients();

        Assert.Equal(LogInCommandHandler.InvalidCredentials, await _handler.Handle(new LogInCommand(Email, Password, device), CancellationToken.None));
    }

    [Fact]
    public async Task Handle_WhenTheAccountUsesTwoFactor_TellsTheSecondStepWhetherTheDeviceIsKnown()
    {
        _credential.BeginTwoFactorEnrollment("protected", _clock.GetUtcNow());
        _credential.ConfirmTwoFactor(step: 1, _clock.GetUtcNow());

        await _handler.Handle(new LogInCommand(Email, Password, KnownDevice(_credential.PasswordChanged)), CancellationToken.None);
        await _handler.Handle(new LogInCommand(Email, Password), CancellationToken.None);

        _tokens.Received(1).IssueTwoFactorChallenge(_user.Id, 1, true, Arg.Any<DateTimeOffset>());
        _tokens.Received(1).IssueTwoFactorChallenge(_user.Id, 1, false, Arg.Any<DateTimeOffset>());
    }

    private string KnownDevice(DateTimeOffset passwordChanged)
    {
        _tokens.ReadKnownDeviceAsync("device").Returns(new KnownDeviceClaims(_user.Id, passwordChanged.ToUnixTimeMilliseconds()));
        return "device";
    }

    private void LockAgainstUnknownClients()
    {
        for (var i = 0; i < UserCredential.DefaultMaxLoginAttempts; i++)
        {
            _credential.RecordFailedLogin(UserCredential.DefaultMaxLoginAttempts, _clock.GetUtcNow());
        }

        Assert.True(_credential.IsLockedOut(_clock.GetUtcNow()));
    }

    [Fact]
    public async Task Handle_WhenThePasswordIsRight_StartsASessionLivingThePlatformsLifetime()
    {
        _credential.RecordFailedLogin(UserCredential.DefaultMaxLoginAttempts, _clock.GetUtcNow());

        var result = Assert.IsType<LogInResult.Succeeded>(await _handler.Handle(new LogInCommand(Email, Password), CancellationToken.None));

        Assert.Equal(_clock.GetUtcNow() + SessionIssuer.Lifetime, result.SignedIn.ExpiresAt);
        Assert.Equal("device-token", result.SignedIn.DeviceToken);
        Assert.Equal(0, _credential.FailedLoginAttempts);
        _sessions.Received(1).Add(Arg.Is<UserSession>(s => s.UserId == _user.Id && !s.TwoFactorVerified));
        await _caller.Received(1).ActAsAsync(_user.Id, null, Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_WhenTheAccountUsesTwoFactor_AnswersWithAChallengeAndNoSession()
    {
        _credential.BeginTwoFactorEnrollment("protected", _clock.GetUtcNow());
        _credential.ConfirmTwoFactor(step: 1, _clock.GetUtcNow());

        var result = Assert.IsType<LogInResult.TwoFactorRequired>(await _handler.Handle(new LogInCommand(Email, Password), CancellationToken.None));

        Assert.Equal("challenge", result.Challenge.ChallengeToken);
        _sessions.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task Handle_WhenTheHashIsOutdated_StoresAFreshOne()
    {
        _hasher.Verify("stored-hash", Password).Returns(PasswordCheck.CorrectNeedsRehash);
        _hasher.Hash(Password).Returns("fresh-hash");

        await _handler.Handle(new LogInCommand(Email, Password), CancellationToken.None);

        Assert.Equal("fresh-hash", _credential.PasswordHash);
    }

    [Fact]
    public async Task Handle_WhenThePasswordIsWrong_RecordsOneAuthenticationFailure_AndTheLockingOneIsSuspicious()
    {
        for (var attempt = 0; attempt < UserCredential.DefaultMaxLoginAttempts; attempt++)
        {
            await _handler.Handle(new LogInCommand(Email, "wrong"), CancellationToken.None);
        }

        _security.Received(UserCredential.DefaultMaxLoginAttempts).Record(PenguinMails.BuildingBlocks.Application.Observability.SecurityEventNames.AuthenticationFailures, "wrong_password", _user.Id);
        _security.Received(1).Record(PenguinMails.BuildingBlocks.Application.Observability.SecurityEventNames.SuspiciousActivity, "lockout", _user.Id);
    }
}
