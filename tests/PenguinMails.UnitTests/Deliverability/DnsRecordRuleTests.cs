using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.UnitTests.Deliverability;

/// <summary>Record generation, TXT splitting, and the SPF, DKIM, DMARC and MX rules that decide each record's verdict.</summary>
public sealed class DnsRecordRuleTests
{
    private const string Include = "_spf.penguinmails.io";
    private static readonly PlatformDns Platform = new(Include, "pm1", "dmarc@penguinmails.io", "mail.penguinmails.io", 1800);

    [Fact]
    public void Generate_MakesTheFourRecordsPendingFromThePlatform()
    {
        var records = DnsRecordSet.Generate(Platform, "PUBLICKEY", "secret://dkim/x/pm1").Records;

        Assert.Equal(["SPF", "DKIM", "DMARC", "MX"], records.Select(r => r.RecordType));
        Assert.All(records, r => Assert.Equal(("pending", "platform", 1800), (r.VerificationStatus, r.Source, r.Ttl)));
        Assert.Equal("v=spf1 include:_spf.penguinmails.io -all", records[0].Value);
        Assert.Equal(("pm1._domainkey", "v=DKIM1; k=rsa; p=PUBLICKEY", "secret://dkim/x/pm1", true), (records[1].Name, records[1].Value, records[1].SecretRef, records[1].NeedsDeployment));
        Assert.Equal(("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:dmarc@penguinmails.io", "quarantine"), (records[2].Name, records[2].Value, records[2].Policy));
        Assert.Equal(("@", "mail.penguinmails.io.", 10), (records[3].Name, records[3].Value, records[3].Priority));
    }

    [Fact]
    public void GenerateKey_Makes2048BitKeysWhosePublicHalfIsTheRecordsKey()
    {
        var key = DkimKeyPair.Generate();
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(key.PrivateKeyPem);

        Assert.Equal(2048, rsa.KeySize);
        Assert.Equal(key.PublicKey, Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()));
        Assert.DoesNotContain("PRIVATE", key.ToString());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(255, 1)]
    [InlineData(256, 2)]
    [InlineData(410, 2)]
    [InlineData(511, 3)]
    public void Split_CutsTxtValuesInto255CharacterStrings(int length, int strings)
    {
        var value = new string('k', length);
        var parts = TxtValue.Split(value);

        Assert.Equal(strings, parts.Count);
        Assert.All(parts, p => Assert.True(p.Length <= 255));
        Assert.Equal(value, string.Concat(parts));
        Assert.Equal(string.Join(' ', parts.Select(p => $"\"{p}\"")), TxtValue.Quoted(value));
    }

    [Theory]
    [InlineData("Example.COM", "example.com")]
    [InlineData("mail.bücher.de", "mail.xn--bcher-kva.de")]
    [InlineData("a-b.example.co.uk", "a-b.example.co.uk")]
    public void Normalize_LowerCasesAndPunycodes(string input, string stored) => Assert.Equal(stored, HostName.Normalize(input, out _));

    [Theory]
    [InlineData("example .com")]
    [InlineData("example.com.")]
    [InlineData("10.0.0.1")]
    [InlineData("::1")]
    [InlineData("com")]
    [InlineData("a..com")]
    [InlineData("ex_ample.com")]
    [InlineData("-example.com")]
    [InlineData("example-.com")]
    [InlineData("example.42")]
    public void Normalize_RefusesWhatIsNotAHostName(string input)
    {
        Assert.Null(HostName.Normalize(input, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void Normalize_RefusesLabelsOver63AndNamesOver253Characters()
    {
        Assert.Null(HostName.Normalize(new string('a', 64) + ".com", out _));
        Assert.NotNull(HostName.Normalize(new string('a', 63) + ".com", out _));
        var longest = string.Join('.', Enumerable.Repeat(new string('a', 62), 4)) + ".c"; // 4×62 + 4 dots + 1 = 253
        Assert.Equal(253, longest.Length);
        Assert.NotNull(HostName.Normalize(longest, out _));
        Assert.Null(HostName.Normalize(longest + "c", out _));
    }

    [Theory]
    [InlineData("v=spf1 include:_spf.penguinmails.io -all")]
    [InlineData("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com include:_spf.penguinmails.io mx a ~all")]
    [InlineData("v=spf1 include:_SPF.PenguinMails.io ?all exp=explain.example.com")]
    [InlineData("v=spf1 include:_spf.penguinmails.io redirect=_spf.example.com")]
    public void Spf_WithThePlatformsIncludeAndValidTerms_Verifies(string record) =>
        Assert.Equal(RecordVerdict.Verified, SpfRecord.Check([record, "other=txt"], Include));

    [Theory]
    [InlineData(new string[0], "SPF record missing")]
    [InlineData(new[] { "v=spf1 -all", "v=spf1 include:_spf.penguinmails.io -all" }, "2 SPF records found; a domain may publish only one")]
    [InlineData(new[] { "v=spf1 include:_spf.google.com -all" }, "does not include include:_spf.penguinmails.io")]
    [InlineData(new[] { "v=spf1 include:_spf.penguinmails.io +all" }, "+all")]
    [InlineData(new[] { "v=spf1 include:_spf.penguinmails.io all" }, "+all")]
    [InlineData(new[] { "v=spf1 include:_spf.penguinmails.io ip4:999.1.1.1 -all" }, "invalid term \"ip4:999.1.1.1\"")]
    [InlineData(new[] { "v=spf1 include: -all" }, "invalid term")]
    [InlineData(new[] { "v=spf1 include:_spf.penguinmails.io bogus:x -all" }, "invalid term \"bogus:x\"")]
    public void Spf_Failures_SayWhatIsWrong(string[] texts, string error)
    {
        var verdict = SpfRecord.Check(texts, Include);
        Assert.Equal(RecordStatus.Failed, verdict.Status);
        Assert.Contains(error, verdict.Error);
    }

    [Fact]
    public void Spf_NeedingMoreThanTenLookups_Fails()
    {
        var includes = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"include:s{i}.example.com"));
        var verdict = SpfRecord.Check([$"v=spf1 {includes} include:{Include} -all"], Include);
        Assert.Contains("needs 11 DNS look-ups", verdict.Error);
    }

    [Fact]
    public void Spf_TextThatOnlyStartsLikeSpf_IsNotSpf() => Assert.False(SpfRecord.IsSpf("v=spf10 include:x"));

    [Fact]
    public void Dkim_TheGeneratedKey_Verifies_EvenWithSpacesInsideTheKey()
    {
        Assert.Equal(RecordVerdict.Verified, DkimRecord.Check(["v=DKIM1; k=rsa; p=ABCDEF"], "pm1._domainkey.x.com", "ABCDEF"));
        Assert.Equal(RecordVerdict.Verified, DkimRecord.Check(["k=rsa; p=ABC DEF"], "pm1._domainkey.x.com", "ABCDEF"));
    }

    [Theory]
    [InlineData(new string[0], "DKIM record missing: publish a TXT record at pm1._domainkey.x.com")]
    [InlineData(new[] { "v=DKIM1; p=OTHER" }, "DKIM key differs from the one generated; copy")]
    [InlineData(new[] { "v=DKIM1; p=ABC" }, "cut short")]
    [InlineData(new[] { "v=DKIM1; p=" }, "revokes it")]
    [InlineData(new[] { "v=DKIM2; p=ABCDEF" }, "v=DKIM1")]
    [InlineData(new[] { "v=DKIM1; k=ed25519; p=ABCDEF" }, "k=ed25519")]
    [InlineData(new[] { "v=DKIM1; p=ABCDEF", "v=DKIM1; p=ABCDEF" }, "2 DKIM records found")]
    public void Dkim_Failures_SayWhatIsWrong(string[] texts, string error) =>
        Assert.Contains(error, DkimRecord.Check(texts, "pm1._domainkey.x.com", "ABCDEF").Error);

    [Theory]
    [InlineData("v=DMARC1; p=quarantine; rua=mailto:dmarc@penguinmails.io")]
    [InlineData("v=DMARC1;p=reject;rua=mailto:reports@example.com,mailto:DMARC@penguinmails.io;pct=100")]
    public void Dmarc_ActingOnFailuresAndReportingToThePlatform_Verifies(string record) =>
        Assert.Equal(RecordVerdict.Verified, DmarcRecord.Check([record], "_dmarc.x.com", "dmarc@penguinmails.io"));

    [Theory]
    [InlineData(new string[0], "DMARC record missing")]
    [InlineData(new[] { "v=DMARC1; p=none; rua=mailto:dmarc@penguinmails.io" }, "p=none")]
    [InlineData(new[] { "v=DMARC1; rua=mailto:dmarc@penguinmails.io" }, "needs a policy")]
    [InlineData(new[] { "v=DMARC1; p=quarantine" }, "add mailto:dmarc@penguinmails.io to rua=")]
    [InlineData(new[] { "v=DMARC1; p=quarantine", "v=DMARC1; p=reject" }, "2 DMARC records found; a domain may publish only one")]
    [InlineData(new[] { "v=DMARC1; garbage" }, "tag=value")]
    public void Dmarc_Failures_SayWhatIsWrong(string[] texts, string error) =>
        Assert.Contains(error, DmarcRecord.Check(texts, "_dmarc.x.com", "dmarc@penguinmails.io").Error);

    [Fact]
    public void Mx_ThePlatformHostAmongOthers_Verifies() =>
        Assert.Equal(RecordVerdict.Verified, MxRecord.Check([new(20, "backup.example.net."), new(10, "MAIL.penguinmails.io.")], "mail.penguinmails.io"));

    [Fact]
    public void Mx_Elsewhere_NamesWhereItPoints()
    {
        Assert.Equal("MX points to mail.example.net, expected mail.penguinmails.io.", MxRecord.Check([new(10, "mail.example.net")], "mail.penguinmails.io").Error);
        Assert.StartsWith("MX record missing", MxRecord.Check([], "mail.penguinmails.io").Error);
        var many = Enumerable.Range(0, 8).Select(i => new MailExchanger(i, $"mx{i}.example.net")).ToList();
        Assert.Contains("and 3 more", MxRecord.Check(many, "mail.penguinmails.io").Error);
    }

    [Theory]
    [InlineData(true, "lookup timed out")]
    [InlineData(false, "failed (boom)")]
    public void Check_ALookupThatWentWrong_IsAnErrorNotAFailure(bool timedOut, string error)
    {
        var record = DnsRecordSet.Generate(Platform, "KEY", "secret://x").Records[0];
        var answer = timedOut ? DnsAnswer.TimedOut("boom") : DnsAnswer.Failed("boom");

        var verdict = record.Check("x.com", Platform, answer);

        Assert.Equal(RecordStatus.Error, verdict.Status);
        Assert.Contains(error, verdict.Error);
    }

    [Fact]
    public void Check_ANameThatDoesNotExist_IsAMissingRecord() =>
        Assert.StartsWith("SPF record missing", DnsRecordSet.Generate(Platform, "KEY", "secret://x").Records[0].Check("x.com", Platform, DnsAnswer.NotFound()).Error);
}
