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

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>The UTC day <see cref="DailyCount"/> counts; on any other day the count is zero.</summary>
    public DateOnly? DailyCountOn { get; private set; }

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
        VaultKeyPath = vaultKeyPath,
        Created = now,
        Updated = now,
    };

    /// <summary>Sends made on <paramref name="day"/> (UTC).</summary>
    public int SentOn(DateOnly day) => DailyCountOn == day ? DailyCount : 0;

    public void Change(EmailAccountChange change, DateTimeOffset now)
    {
        Provider = change.Provider.Or(Provider);
        SmtpSettings = change.SmtpSettings.Or(SmtpSettings!);
        ImapSettings = change.ImapSettings.Or(ImapSettings);
        Status = change.Status.Or(Status);
        Updated = now;
    }

    /// <summary>The password was replaced in the secret store (same reference).</summary>
    public void PasswordChanged(DateTimeOffset now) => Updated = now;
}

internal sealed record EmailAccountDetails(string Email, string Provider, MailServerSettings SmtpSettings, MailServerSettings? ImapSettings, EmailAccountStatus Status);

/// <summary>A PATCH of an account: each field set replaces the value (null clears the IMAP settings).</summary>
internal sealed record EmailAccountChange(Optional<string> Provider, Optional<MailServerSettings> SmtpSettings, Optional<MailServerSettings?> ImapSettings, Optional<EmailAccountStatus> Status);

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
