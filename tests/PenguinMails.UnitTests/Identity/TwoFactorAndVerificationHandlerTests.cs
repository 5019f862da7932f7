using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Auth.CompleteTwoFactorLogIn;
using PenguinMails.Identity.Application.Auth.SignUp;
using PenguinMails.Identity.Application.Auth.VerifyEmail;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Policies.UpdatePolicies;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Security;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.CompleteTwoFactorLogIn;
using PenguinMails.Identity.Contracts.Auth.SignUp;
using PenguinMails.Identity.Contracts.Auth.VerifyEmail;
using PenguinMails.Identity.Contracts.Policies.UpdatePolicies;
using PenguinMails.Identity.Domain;

namespace PenguinMails.UnitTests.Identity;

public sealed class TwoFactorAndVerificationHandlerTests
{
    private const string Secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly IUserCredentialRepository _credentials = Substitute.For<IUserCredentialRepository>();
    private readonly IUserSessionRepository _sessions = Substitute.For<IUserSessionRepository>();
    private readonly ISignedTokens _tokens = Substitute.For<ISignedTokens>();
    private readonly ISecretProtector _protector = Substitute.For<ISecretProtector>();
    private readonly IUserRepository _users = Substitute.For<IUserRepository>();

    [Fact]
    public async Task CompleteTwoFactorLogIn_WithTheCurrentCode_StartsASessionThatProvedTheSecondFactor()
    {
        var userId = ArrangeEnrolledUser();

        var result = await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("challenge", Totp.Code(Secret, _clock.GetUtcNow())), CancellationToken.None);

        Assert.IsType<LogInResult.Succeeded>(result);
        _sessions.Received(1).Add(Arg.Is<UserSession>(s => s.UserId == userId && s.TwoFactorVerified));
    }

    [Fact]
    public async Task CompleteTwoFactorLogIn_WithAWrongCode_CountsAFailedSignIn()
    {
        var userId = ArrangeEnrolledUser();
        var credential = await _credentials.GetAsync(userId, CancellationToken.None);
        var wrong = Totp.Code(Secret, _clock.GetUtcNow().AddMinutes(10));

        var result = await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("challenge", wrong), CancellationToken.None);

        Assert.Equal("invalid-two-factor-code", Assert.IsType<LogInResult.Failed>(result).Code);
        Assert.Equal(1, credential!.FailedLoginAttempts);
        _sessions.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CompleteTwoFactorLogIn_WhileLockedAgainstUnknownClients_CompletesOnlyForAKnownDevice(bool knownDevice)
    {
        var userId = ArrangeEnrolledUser();
        var credential = await _credentials.GetAsync(userId, CancellationToken.None);
        for (var i = 0; i < UserCredential.DefaultMaxLoginAttempts; i++)
        {
            credential!.RecordFailedLogin(UserCredential.DefaultMaxLoginAttempts, _clock.GetUtcNow());
        }

        _tokens.ReadTwoFactorChallengeAsync("challenge").Returns(new TwoFactorChallengeClaims(userId, credential!.TotpLastStep, knownDevice));
        var result = await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("challenge", Totp.Code(Secret, _clock.GetUtcNow())), CancellationToken.None);

        Assert.Equal(knownDevice, result is LogInResult.Succeeded);
    }

    [Fact]
    public async Task CompleteTwoFactorLogIn_WithACodeUsedBefore_FailsLikeAWrongOne()
    {
        var userId = ArrangeEnrolledUser();
        var code = Totp.Code(Secret, _clock.GetUtcNow());
        Assert.IsType<LogInResult.Succeeded>(await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("challenge", code), CancellationToken.None));
        var credential = await _credentials.GetAsync(userId, CancellationToken.None);
        _tokens.ReadTwoFactorChallengeAsync("next-challenge").Returns(new TwoFactorChallengeClaims(userId, credential!.TotpLastStep, KnownDevice: false));

        var replay = await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("next-challenge", code), CancellationToken.None);

        Assert.Equal("invalid-two-factor-code", Assert.IsType<LogInResult.Failed>(replay).Code);
    }

    [Fact]
    public async Task CompleteTwoFactorLogIn_WithAChallengeThatSignedInOnce_FailsEvenWithAFreshCode()
    {
        ArrangeEnrolledUser();
        Assert.IsType<LogInResult.Succeeded>(await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("challenge", Totp.Code(Secret, _clock.GetUtcNow())), CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(30));

        var again = await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("challenge", Totp.Code(Secret, _clock.GetUtcNow())), CancellationToken.None);

        Assert.Equal("invalid-two-factor-challenge", Assert.IsType<LogInResult.Failed>(again).Code);
    }

    [Fact]
    public async Task CompleteTwoFactorLogIn_WithAForgedOrExpiredChallenge_Fails()
    {
        _tokens.ReadTwoFactorChallengeAsync("forged").Returns((TwoFactorChallengeClaims?)null);
        var result = await TwoFactorHandler().Handle(new CompleteTwoFactorLogInCommand("forged", "123456"), CancellationToken.None);
        Assert.Equal("invalid-two-factor-challenge", Assert.IsType<LogInResult.Failed>(result).Code);
    }

    [Fact]
    public async Task VerifyEmail_WhenTheAccountsAddressChangedSinceTheLinkWasSent_IsRefused()
    {
        var user = User.Register(Guid.NewGuid(), "new@example.com", "U", _clock.GetUtcNow());
        _tokens.ReadEmailVerificationAsync("link").Returns(new EmailVerificationClaims(user.Id, "old@example.com"));
        _users.GetAsync(user.Id, Arg.Any<CancellationToken>()).Returns(user);

        await Assert.ThrowsAsync<RequestValidationException>(() => new VerifyEmailCommandHandler(_tokens, _users, _clock).Handle(new VerifyEmailCommand("link"), CancellationToken.None));
        Assert.False(user.IsEmailVerified);
    }

    [Fact]
    public async Task VerifyEmail_WithAValidLink_MarksTheAddressVerified()
    {
        var user = User.Register(Guid.NewGuid(), "ada@example.com", "U", _clock.GetUtcNow());
        _tokens.ReadEmailVerificationAsync("link").Returns(new EmailVerificationClaims(user.Id, "ada@example.com"));
        _users.GetAsync(user.Id, Arg.Any<CancellationToken>()).Returns(user);

        await new VerifyEmailCommandHandler(_tokens, _users, _clock).Handle(new VerifyEmailCommand("link"), CancellationToken.None);

        Assert.Equal(_clock.GetUtcNow(), user.EmailVerified);
    }

    [Theory]
    [InlineData(8, 1, 1, true)]
    [InlineData(128, 720, 100, true)]
    [InlineData(7, 1, 1, false)]
    [InlineData(8, 0, 1, false)]
    [InlineData(8, 1, 101, false)]
    public void UpdatePoliciesValidator_KeepsTheDocumentedBounds(int minLength, int timeoutHours, int attempts, bool valid)
    {
        var result = new UpdatePoliciesCommandValidator().Validate(new UpdatePoliciesCommand(PasswordMinLength: minLength, SessionTimeoutHours: timeoutHours, MaxLoginAttempts: attempts));
        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("ada@example.com", "long enough", true)]
    [InlineData("ada@example", "long enough", false)]
    [InlineData("ada@example.com", "short", false)]
    [InlineData("a\u0000da@example.com", "long enough", false)]
    public void SignUpValidator_AppliesTheDefaultPasswordRulesAndAddressShape(string email, string password, bool valid)
    {
        Assert.Equal(valid, new SignUpCommandValidator().Validate(new SignUpCommand(email, password, "Ada", "Acme")).IsValid);
    }

    private Guid ArrangeEnrolledUser()
    {
        var userId = Guid.NewGuid();
        var credential = UserCredential.Create(userId, "hash", PasswordShape.Of("password"), _clock.GetUtcNow());
        credential.BeginTwoFactorEnrollment("protected", _clock.GetUtcNow());
        credential.ConfirmTwoFactor(step: 1, _clock.GetUtcNow());
        _credentials.GetAsync(userId, Arg.Any<CancellationToken>()).Returns(credential);
        _protector.Unprotect("protected").Returns(Secret);
        _tokens.ReadTwoFactorChallengeAsync("challenge").Returns(new TwoFactorChallengeClaims(userId, credential.TotpLastStep, KnownDevice: false));
        return userId;
    }

    private CompleteTwoFactorLogInCommandHandler TwoFactorHandler() => new(
        _credentials, _tokens, _protector, Substitute.For<ICallerContext>(), new SessionIssuer(_sessions, _tokens, _clock),
        new KnownDevices(_tokens, _clock), Substitute.For<PenguinMails.BuildingBlocks.Application.Observability.ISecurityEvents>(), _clock);
}
