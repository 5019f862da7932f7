using PenguinMails.Identity.Application.Security;

namespace PenguinMails.UnitTests.Identity;

public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA-1 key "12345678901234567890", last six of the eight-digit codes.
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_MatchesTheRfcTestVectors(long unixSeconds, string expected)
    {
        Assert.Equal(expected, Totp.Code(RfcSecret, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void Verify_AcceptsTheNeighbouringStepsAndNothingFurther()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        Assert.True(Totp.Verify(RfcSecret, Totp.Code(RfcSecret, now.AddSeconds(-30)), now));
        Assert.True(Totp.Verify(RfcSecret, Totp.Code(RfcSecret, now.AddSeconds(30)), now));
        Assert.False(Totp.Verify(RfcSecret, Totp.Code(RfcSecret, now.AddSeconds(-90)), now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    public void Verify_RefusesMalformedCodes(string? code)
    {
        Assert.False(Totp.Verify(RfcSecret, code, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void NewSecret_IsBase32OfTwentyBytes()
    {
        var secret = Totp.NewSecret();
        Assert.Equal(32, secret.Length);
        Assert.Matches("^[A-Z2-7]+$", secret);
        Assert.NotEqual(secret, Totp.NewSecret());
    }
}
