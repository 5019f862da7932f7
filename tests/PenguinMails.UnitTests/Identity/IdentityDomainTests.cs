using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Domain;

namespace PenguinMails.UnitTests.Identity;

public sealed class IdentityDomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordFailedLogin_WhenTheThresholdIsReached_LocksForTheFirstLockout()
    {
        var credential = UserCredential.Create(Guid.NewGuid(), "hash", PasswordShape.Of("password"), Now);
        credential.RecordFailedLogin(maxAttempts: 3, Now);
        credential.RecordFailedLogin(maxAttempts: 3, Now);
        Assert.False(credential.IsLockedOut(Now));

        credential.RecordFailedLogin(maxAttempts: 3, Now);

        Assert.True(credential.IsLockedOut(Now + UserCredential.FirstLockout - TimeSpan.FromSeconds(1)));
        Assert.False(credential.IsLockedOut(Now + UserCredential.FirstLockout));
        Assert.Equal(3, credential.FailedLoginAttempts);
    }

    [Theory]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 40)]
    [InlineData(5, 60)]
    [InlineData(40, 60)]
    public void RecordFailedLogin_EachFurtherLockLastsTwiceAsLongUpToAnHour(int locks, int minutes)
    {
        var credential = UserCredential.Create(Guid.NewGuid(), "hash", PasswordShape.Of("password"), Now);
        for (var i = 0; i < locks * 3; i++)
        {
            credential.RecordFailedLogin(maxAttempts: 3, Now);
        }

        Assert.Equal(Now.AddMinutes(minutes), credential.LockedUntil);
    }

    [Fact]
    public void RecordSuccessfulLogin_ResetsTheCount()
    {
        var credential = UserCredential.Create(Guid.NewGuid(), "hash", PasswordShape.Of("password"), Now);
        credential.RecordFailedLogin(maxAttempts: 5, Now);
        credential.RecordSuccessfulLogin(Now);
        Assert.Equal(0, credential.FailedLoginAttempts);
    }

    [Fact]
    public void ConfirmTwoFactor_WhenNoEnrollmentWasStarted_IsRefused()
    {
        var credential = UserCredential.Create(Guid.NewGuid(), "hash", PasswordShape.Of("password"), Now);
        var error = Assert.Throws<BusinessRuleViolationException>(() => credential.ConfirmTwoFactor(step: 1, Now));
        Assert.Equal("two-factor-not-started", error.Rule.Code);
    }

    [Theory]
    [InlineData("short", 8, false, false, false, 1)]
    [InlineData("longenough", 8, true, true, true, 3)]
    [InlineData("Long enough 1!", 8, true, true, true, 0)]
    [InlineData("NoDigitsHere!", 8, false, true, false, 1)]
    public void PasswordPolicy_Violations_NameEachUnmetRule(string password, int min, bool upper, bool digits, bool symbols, int expected)
    {
        Assert.Equal(expected, new PasswordPolicy(min, upper, digits, symbols).Violations(PasswordShape.Of(password)).Count);
    }

    [Fact]
    public void PasswordPolicy_Strictest_TakesTheLongestMinimumAndEveryRequirement()
    {
        var strictest = PasswordPolicy.Strictest([new PasswordPolicy(12, true, false, false), new PasswordPolicy(9, false, false, true)]);
        Assert.Equal(new PasswordPolicy(12, true, false, true), strictest);
    }

    [Fact]
    public void PasswordShape_RecordsLengthAndCharacterClassesOnly()
    {
        Assert.Equal(new PasswordShape(9, true, true, true), PasswordShape.Of("Abc 123 #"));
        Assert.Equal(new PasswordShape(3, false, false, false), PasswordShape.Of("a b"));
    }

    [Fact]
    public void Remove_WhenTheLastOwner_IsRefused()
    {
        var owner = TenantUser.Create(Guid.NewGuid(), Guid.NewGuid(), "o@example.com", [TenantRoles.Owner], Now);
        var error = Assert.Throws<BusinessRuleViolationException>(() => owner.Remove(activeOwners: 1, Now));
        Assert.Equal("last-owner", error.Rule.Code);
        Assert.True(owner.IsActive);
    }

    [Fact]
    public void ChangeRoles_WhenAnotherOwnerRemains_DemotesTheOwner()
    {
        var owner = TenantUser.Create(Guid.NewGuid(), Guid.NewGuid(), "o@example.com", [TenantRoles.Owner], Now);
        owner.ChangeRoles([TenantRoles.Admin], activeOwners: 2, Now);
        Assert.Equal([TenantRoles.Admin], owner.Roles);
    }

    [Fact]
    public void ChangeRoles_OfAMember_IgnoresTheOwnerCount()
    {
        var member = TenantUser.Create(Guid.NewGuid(), Guid.NewGuid(), "m@example.com", [TenantRoles.Member], Now);
        member.ChangeRoles([TenantRoles.Member, TenantRoles.Admin, TenantRoles.Member], activeOwners: 1, Now);
        Assert.Equal([TenantRoles.Admin, TenantRoles.Member], member.Roles);
    }

    [Fact]
    public void Accept_WhenTheInvitationExpired_IsRefused()
    {
        var invitation = TenantInvitation.Issue(Guid.NewGuid(), Guid.NewGuid(), "i@example.com", [TenantRoles.Member], Guid.NewGuid(), Now);
        var error = Assert.Throws<BusinessRuleViolationException>(() => invitation.Accept(Guid.NewGuid(), autoApprove: true, Now + TenantInvitation.Lifetime));
        Assert.Equal("invitation-not-open", error.Rule.Code);
    }

    [Fact]
    public void Accept_WithoutAutoApproval_WaitsForApproval_ThenApproveAccepts()
    {
        var invitation = TenantInvitation.Issue(Guid.NewGuid(), Guid.NewGuid(), " I@Example.com ", [TenantRoles.Member], Guid.NewGuid(), Now);
        invitation.Accept(Guid.NewGuid(), autoApprove: false, Now);
        Assert.Equal(InvitationStatus.AwaitingApproval, invitation.Status);
        Assert.Equal("i@example.com", invitation.Email);

        invitation.Approve(Now);
        Assert.Equal(InvitationStatus.Accepted, invitation.Status);
        Assert.Equal("invitation-settled", Assert.Throws<BusinessRuleViolationException>(() => invitation.Revoke(Now)).Rule.Code);
    }

    [Fact]
    public void Approve_WhenNotYetAccepted_IsRefused()
    {
        var invitation = TenantInvitation.Issue(Guid.NewGuid(), Guid.NewGuid(), "i@example.com", [TenantRoles.Member], Guid.NewGuid(), Now);
        Assert.Equal("invitation-not-awaiting-approval", Assert.Throws<BusinessRuleViolationException>(() => invitation.Approve(Now)).Rule.Code);
    }

    [Fact]
    public void TryUseTotpStep_RefusesAStepUsedAlreadyOrAnEarlierOne()
    {
        var credential = UserCredential.Create(Guid.NewGuid(), "hash", PasswordShape.Of("password"), Now);
        credential.BeginTwoFactorEnrollment("protected", Now);
        credential.ConfirmTwoFactor(step: 100, Now);

        Assert.False(credential.TryUseTotpStep(100, Now));
        Assert.False(credential.TryUseTotpStep(99, Now));
        Assert.True(credential.TryUseTotpStep(101, Now));
        Assert.False(credential.TryUseTotpStep(101, Now));
    }
}
