using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.UnitTests.Deliverability;

/// <summary>How a check's verdicts move a domain between pending, verified and failed, and when it is next checked.</summary>
public sealed class SendingDomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly RecheckSchedule Schedule = RecheckSchedule.Default;
    private static readonly RecordVerdict Ok = RecordVerdict.Verified;
    private static readonly RecordVerdict Missing = RecordVerdict.Fail("missing");
    private static readonly RecordVerdict TimedOut = new(RecordStatus.Error, "lookup timed out");

    [Fact]
    public void Create_IsPendingAndDueAfterTheFirstWait()
    {
        var domain = NewDomain();
        Assert.Equal((DomainStatus.Pending, Now + Schedule.FirstCheckAfter), (domain.VerificationStatus, domain.DnsNextCheckAt));
        Assert.Equal("x.com", domain.MailuDomain);
    }

    [Fact]
    public void RecordVerification_WhenEveryRecordVerifies_VerifiesTheDomainAndRechecksHourly()
    {
        var domain = NewDomain();
        domain.RecordVerification([Ok, Ok, Ok, Ok], 300, Schedule, Now);

        Assert.Equal(DomainStatus.Verified, domain.VerificationStatus);
        Assert.Equal((Now, Now, 300, 0), (domain.Verified, domain.DnsLastVerifiedAt, domain.DnsTtlObserved, domain.DnsVerificationAttempts));
        Assert.Null(domain.DnsVerificationError);
        Assert.Equal(Now + TimeSpan.FromHours(1), domain.DnsNextCheckAt);
        Assert.All(domain.DnsRecords!.Records, r => Assert.Equal((RecordStatus.Verified, 1, (DateTimeOffset?)Now), (r.VerificationStatus, r.VerificationAttempts, r.LastVerifiedAt)));
    }

    [Fact]
    public void RecordVerification_WhenARecordFails_FailsTheDomainWithTheReasons()
    {
        var domain = NewDomain();
        domain.RecordVerification([Ok, Ok, Missing, Ok], null, Schedule, Now);

        Assert.Equal(DomainStatus.Failed, domain.VerificationStatus);
        Assert.Equal("DMARC: missing", domain.DnsVerificationError);
        Assert.Equal(1, domain.DnsVerificationAttempts);
        Assert.Null(domain.DnsLastVerifiedAt);
    }

    [Fact]
    public void RecordVerification_WhenAVerifiedDomainsRecordDisappears_FailsIt()
    {
        var domain = NewDomain();
        domain.RecordVerification([Ok, Ok, Ok, Ok], 300, Schedule, Now);
        domain.RecordVerification([Ok, Missing, Ok, Ok], 300, Schedule, Now.AddHours(1));

        Assert.Equal(DomainStatus.Failed, domain.VerificationStatus);
        Assert.Null(domain.Verified);
        Assert.Equal(Now, domain.DnsLastVerifiedAt);
        Assert.Equal(Now, domain.DnsRecords!.Records[1].LastVerifiedAt);
    }

    [Fact]
    public void RecordVerification_WhenOnlyLookupsWentWrong_KeepsTheStatusButSaysWhy()
    {
        var domain = NewDomain();
        domain.RecordVerification([Ok, Ok, Ok, Ok], 300, Schedule, Now);
        domain.RecordVerification([Ok, TimedOut, Ok, Ok], null, Schedule, Now.AddHours(1));

        Assert.Equal(DomainStatus.Verified, domain.VerificationStatus);
        Assert.Equal("DKIM: lookup timed out", domain.DnsVerificationError);
        Assert.Equal(300, domain.DnsTtlObserved);
    }

    [Fact]
    public void RecordVerification_OfADomainWithoutRecords_FailsIt_AndStopsRechecking()
    {
        var domain = SendingDomain.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "x.com", false, new DnsRecordSet([]), Schedule, Now);
        domain.RecordVerification([], null, Schedule, Now);
        Assert.Equal((DomainStatus.Failed, (DateTimeOffset?)null), (domain.VerificationStatus, domain.DnsNextCheckAt));
        Assert.StartsWith("No DNS records", domain.DnsVerificationError);
    }

    [Fact]
    public void RecordVerification_WithTheWrongNumberOfVerdicts_Throws() =>
        Assert.Throws<ArgumentException>(() => NewDomain().RecordVerification([Ok], null, Schedule, Now));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(9, 256)]
    [InlineData(10, 360)]
    [InlineData(1000, 360)]
    public void RetryAfter_DoublesUpToTheMaximum(int retries, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Schedule.RetryAfter(retries));

    private static SendingDomain NewDomain() =>
        SendingDomain.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "x.com", false,
            DnsRecordSet.Generate(new PlatformDns("_spf.p.io", "pm1", "d@p.io", "mail.p.io"), "KEY", "secret://dkim"), Schedule, Now);
}
