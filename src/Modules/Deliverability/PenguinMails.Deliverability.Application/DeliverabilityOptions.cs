using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application;

/// <summary>The Deliverability configuration section: the platform's DNS values, the resolver and the re-check schedule.</summary>
internal sealed class DeliverabilityOptions
{
    public const string Section = "Deliverability";

    /// <summary>The host every domain's SPF record includes.</summary>
    public string SpfInclude { get; set; } = "_spf.penguinmails.io";

    /// <summary>The DKIM selector new keys are published under (&lt;selector&gt;._domainkey).</summary>
    public string DkimSelector { get; set; } = "pm1";

    /// <summary>Where DMARC aggregate reports go (rua=mailto:…).</summary>
    public string DmarcReportAddress { get; set; } = "dmarc-reports@penguinmails.io";

    /// <summary>The platform's mail host, every domain's MX (priority 10).</summary>
    public string MailHost { get; set; } = "mail.penguinmails.io";

    public int RecordTtlSeconds { get; set; } = 3600;

    /// <summary>Name servers asked during verification ("host" or "host:port"); empty: the machine's own resolvers.</summary>
    public List<string> NameServers { get; set; } = [];

    /// <summary>How long one DNS query may take before it counts as timed out.</summary>
    public int DnsTimeoutMilliseconds { get; set; } = 3000;

    public int DnsRetries { get; set; } = 1;

    public int FirstCheckAfterSeconds { get; set; } = 60;

    public int RetryBaseSeconds { get; set; } = 60;

    public int RetryMaxSeconds { get; set; } = 6 * 3600;

    public int VerifiedRecheckSeconds { get; set; } = 3600;

    /// <summary>How often each API instance looks for domains due a re-check; 0 turns the checker off.</summary>
    public int RecheckPollSeconds { get; set; } = 30;

    /// <summary>
    /// Lets accounts' mail hosts resolve to loopback, private or link-local addresses: the mail sandbox and the tests
    /// on 127.0.0.1. Off by default, so a tenant cannot make the platform probe its internal network.
    /// </summary>
    public bool AllowPrivateMailHosts { get; set; }

    /// <summary>How long an SMTP session is kept open for the account's next e-mail; 0 closes each after its e-mail.</summary>
    public int SmtpSessionIdleSeconds { get; set; } = 30;

    /// <summary>E-mails one SMTP session carries before it is closed and a new one opened.</summary>
    public int SmtpMessagesPerSession { get; set; } = 100;

    /// <summary>How many sends an e-mail account may make per UTC day.</summary>
    public int DailySendCap { get; set; } = 50;

    public PlatformDns Platform => new(SpfInclude, DkimSelector, DmarcReportAddress, MailHost, RecordTtlSeconds);

    public RecheckSchedule Schedule => new(
        TimeSpan.FromSeconds(FirstCheckAfterSeconds),
        TimeSpan.FromSeconds(RetryBaseSeconds),
        TimeSpan.FromSeconds(RetryMaxSeconds),
        TimeSpan.FromSeconds(VerifiedRecheckSeconds));
}
