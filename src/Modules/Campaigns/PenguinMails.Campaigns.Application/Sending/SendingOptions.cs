namespace PenguinMails.Campaigns.Application.Sending;

/// <summary>The Sending configuration section: how the engine paces itself (ADR 0029, 0030).</summary>
internal sealed class SendingOptions
{
    public const string Section = "Sending";

    /// <summary>Where the unsubscribe links point: the API's public origin (https in production).</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Pause between two polls when nothing was due; zero or less turns the engine off (tests drive it).</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Accounts served per claim (an account with a gap sends one e-mail per claim: its gap keeps sends apart).</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>
    /// E-mails per claim from an account without a gap (min and random gap 0: its owner asked for no pacing), sent one
    /// after another over its one SMTP session; never more than its daily cap has room for.
    /// </summary>
    public int UngappedEmailsPerClaim { get; set; } = 10;

    /// <summary>SMTP sessions open at once per instance.</summary>
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>How long a claim is held; past it the rescuer takes the e-mail over (ADR 0030: unknown outcomes).</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Tries of one e-mail that the server defers (4xx) before the lead's enrollment fails.</summary>
    public int MaxAttempts { get; set; } = 5;
}
