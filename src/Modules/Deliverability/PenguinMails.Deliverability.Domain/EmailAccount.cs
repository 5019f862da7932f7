using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>email_accounts</c>.</summary>
internal sealed class EmailAccount : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    private EmailAccount()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid? DomainId { get; private set; }

    public string Email { get; private set; } = default!;

    public string Provider { get; private set; } = default!;

    public string? VaultKeyPath { get; private set; }

    public MailServerSettings? ImapSettings { get; private set; }

    public MailServerSettings? SmtpSettings { get; private set; }

    public EmailAccountStatus Status { get; private set; } = EmailAccountStatus.Active;

    public DateTimeOffset? LastWarmed { get; private set; }

    public int DailyCount { get; private set; }

    /// <summary>Its own cap across all campaigns; null takes the platform's default (Deliverability:DailySendCap).</summary>
    public int? DailyLimit { get; private set; }

    /// <summary>Two of its sends are at least this far apart, plus up to <see cref="RandomGapSeconds"/> more.</summary>
    public int MinGapSeconds { get; private set; } = SendingPace.DefaultMinGapSeconds;

    public int RandomGapSeconds { get; private set; } = SendingPace.DefaultRandomGapSeconds;

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>The UTC day <see cref="DailyCount"/> counts; on any other day the count is zero.</summary>
    public DateOnly? DailyCountOn { get; private set; }

    /// <summary>Until when the engine leaves it alone after a connection or authentication failure; null: it sends.</summary>
    public DateTimeOffset? SendingPausedUntil { get; private set; }

    /// <summary>What its server said at the last failure, for its owner (never a secret: MailKit's message and code).</summary>
    public string? SendingError { get; private set; }

    /// <summary>Failures in a row; each doubles the pause (five minutes, doubling, at most six hours: the repository's PauseSendingAsync).</summary>
    public int SendingFailures { get; private set; }

    /// <summary>A sending account on a verified domain; its password is already in the secret store at <paramref name="vaultKeyPath"/>.</summary>
    public static EmailAccount Create(Guid id, SendingDomain domain, EmailAccountDetails details, string vaultKeyPath, DateTimeOffset now) => new()
    {
        Id = id,
        TenantId = domain.TenantId,
        DomainId = domain.Id,
        Email = details.Email,
        Provider = details.Provider,
        SmtpSettings = details.SmtpSettings,
        ImapSettings = details.ImapSettings,
        Status = details.Status,
        DailyLimit = details.Pace.DailyLimit,
        MinGapSeconds = details.Pace.MinGapSeconds,
        RandomGapSeconds = details.Pace.RandomGapSeconds,
        VaultKeyPath = vaultKeyPath,
        Created = now,
        Updated = now,
    };

    /// <summary>How many it may send a day: its own limit, or else the platform's default.</summary>
    public int DailyCap(int platformDefault) => DailyLimit ?? platformDefault;

    /// <summary>Sends made on <paramref name="day"/> (UTC).</summary>
    public int SentOn(DateOnly day) => DailyCountOn == day ? DailyCount : 0;

    public void Change(EmailAccountChange change, DateTimeOffset now)
    {
        Provider = change.Provider.Or(Provider);
        SmtpSettings = change.SmtpSettings.Or(SmtpSettings!);
        ImapSettings = change.ImapSettings.Or(ImapSettings);
        Status = change.Status.Or(Status);
        DailyLimit = change.DailyLimit.Or(DailyLimit);
        MinGapSeconds = change.MinGapSeconds.Or(MinGapSeconds);
        RandomGapSeconds = change.RandomGapSeconds.Or(RandomGapSeconds);
        ResumeSending();
        Updated = now;
    }

    /// <summary>An owner's change (settings, password) is tried at once: the pause and its error end.</summary>
    public void ResumeSending()
    {
        SendingPausedUntil = null;
        SendingError = null;
        SendingFailures = 0;
    }

    /// <summary>The password was replaced in the secret store (same reference): sending is tried again.</summary>
    public void PasswordChanged(DateTimeOffset now)
    {
        ResumeSending();
        Updated = now;
    }
}

internal sealed record EmailAccountDetails(string Email, string Provider, MailServerSettings SmtpSettings, MailServerSettings? ImapSettings, EmailAccountStatus Status, SendingPace Pace);

/// <summary>How much and how fast an account sends: its daily cap (null: the platform's) and the gap between two sends.</summary>
internal sealed record SendingPace(int? DailyLimit, int MinGapSeconds, int RandomGapSeconds)
{
    public const int DefaultMinGapSeconds = 60;
    public const int DefaultRandomGapSeconds = 30;
    public const int MaxGapSeconds = 86_400;
}

/// <summary>A PATCH of an account: each field set replaces the value (null clears the IMAP settings).</summary>
internal sealed record EmailAccountChange(
    Optional<string> Provider,
    Optional<MailServerSettings> SmtpSettings,
    Optional<MailServerSettings?> ImapSettings,
    Optional<EmailAccountStatus> Status,
    Optional<int?> DailyLimit = default,
    Optional<int> MinGapSeconds = default,
    Optional<int> RandomGapSeconds = default);

/// <summary>
/// Whether an account sends (<c>email_accounts.status</c>), stored as its name. A <c>warming</c> account is in warm-up,
/// which the plan's <c>max_warmups</c> limits.
/// </summary>
internal sealed class EmailAccountStatus : NamedValue<EmailAccountStatus>
{
    public static readonly EmailAccountStatus Active = new("active");
    public static readonly EmailAccountStatus Paused = new("paused");
    public static readonly EmailAccountStatus Disabled = new("disabled");
    public static readonly EmailAccountStatus Warming = new("warming");

    private EmailAccountStatus(string name)
        : base(name)
    {
    }

    /// <summary>Whether an account in this status may send.</summary>
    public bool Sends => this == Active || this == Warming;
}

/// <summary>email_accounts.provider: who runs the mailbox.</summary>
internal static class EmailProvider
{
    public const string Mailu = "mailu";

    public static readonly IReadOnlyList<string> All = [Mailu, "smtp", "google", "microsoft"];
}

/// <summary>MailServerSettings.Security.</summary>
internal static class MailSecurity
{
    public static readonly IReadOnlyList<string> All = ["none", "ssl", "starttls"];
}
