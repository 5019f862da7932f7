using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Domain;

namespace PenguinMails.UnitTests.Identity;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issue_GivesATokenWhoseSecretMatchesOnlyTheStoredHash()
    {
        var (key, token) = ApiKey.Issue(Guid.NewGuid(), " CI ", ["leads:write", "leads:write", "domains:read"], null, Guid.NewGuid(), Now);

        var parsed = ApiKey.Parse(token);
        Assert.NotNull(parsed);
        Assert.Equal(key.Id, parsed.Value.Id);
        Assert.True(ApiKey.Matches(key.SecretHash, parsed.Value.Secret));
        Assert.False(ApiKey.Matches(key.SecretHash, parsed.Value.Secret + "x"));
        Assert.Equal("CI", key.Name);
        Assert.Equal(["domains:read", "leads:write"], key.Scopes);
        Assert.DoesNotContain(parsed.Value.Secret, Convert.ToBase64String(key.SecretHash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("pm_")]
    [InlineData("pm_notahexid_secret")]
    [InlineData("xx_0123456789abcdef0123456789abcdef_secret")]
    [InlineData("pm_0123456789abcdef0123456789abcdefXsecret")]
    public void Parse_RefusesWhatIsNotAKeyToken(string token) => Assert.Null(ApiKey.Parse(token));

    [Theory]
    [InlineData("leads:read", "leads", false, true)]
    [InlineData("leads:read", "leads", true, false)]
    [InlineData("leads:write", "leads", false, true)]
    [InlineData("leads:write", "campaigns", false, false)]
    public void Allows_ReadWithReadOrWrite_WriteWithWriteOnly(string scope, string resource, bool write, bool allowed) =>
        Assert.Equal(allowed, ApiKeyScope.Allows([scope], resource, write));

    [Fact]
    public void Revoke_KeepsTheFirstTime()
    {
        var (key, _) = ApiKey.Issue(Guid.NewGuid(), "k", ["leads:read"], null, null, Now);
        key.Revoke(Now);
        key.Revoke(Now.AddHours(1));
        Assert.Equal(Now, key.Revoked);
    }
}
