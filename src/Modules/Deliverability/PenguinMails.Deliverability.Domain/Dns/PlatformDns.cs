namespace PenguinMails.Deliverability.Domain.Dns;

/// <summary>The platform's side of every domain's records: what SPF includes, where DMARC reports and mail go.</summary>
internal sealed record PlatformDns(string SpfInclude, string DkimSelector, string DmarcReportAddress, string MailHost, int Ttl = 3600)
{
    public const int MxPriority = 10;
}
