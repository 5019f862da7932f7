using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Workspace.Domain;

/// <summary>A row of <c>tenant_config</c>.</summary>
internal sealed class TenantConfig : Entity, IAggregateRoot, ITenantOwned
{
    private TenantConfig()
    {
    }

    public Guid TenantId { get; private set; }

    public string? StripeCustomerId { get; private set; }

    public string? BillingEmail { get; private set; }

    public BillingAddress? BillingAddress { get; private set; }

    public bool NotifyOnBillingChanges { get; private set; }

    public bool NotifyOnSystemUpdates { get; private set; }

    public bool NotifyOnSecurityAlerts { get; private set; }

    public string? ThemePrimaryColor { get; private set; }

    public string? ThemeLogoUrl { get; private set; }

    public string? ThemeFaviconUrl { get; private set; }

    public bool UiSidebarDefaultCollapsed { get; private set; }

    public string? UiDateFormat { get; private set; }

    public string? UiTimezone { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>A new tenant's configuration: the seed's defaults, nothing chosen yet.</summary>
    public static TenantConfig CreateDefault(Guid tenantId, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Created = now,
        Updated = now,
    };

    /// <summary>Applies a PATCH: each field sent is set (null clears an optional one), the others stay. Stripe's id is Billing's, not here.</summary>
    public void Change(TenantConfigChange change, DateTimeOffset now)
    {
        BillingEmail = change.BillingEmail.IsSet ? change.BillingEmail.Value?.Trim().ToLowerInvariant() : BillingEmail;
        BillingAddress = change.BillingAddress.Or(BillingAddress);
        NotifyOnBillingChanges = change.NotifyOnBillingChanges.Or(NotifyOnBillingChanges);
        NotifyOnSystemUpdates = change.NotifyOnSystemUpdates.Or(NotifyOnSystemUpdates);
        NotifyOnSecurityAlerts = change.NotifyOnSecurityAlerts.Or(NotifyOnSecurityAlerts);
        ThemePrimaryColor = change.ThemePrimaryColor.IsSet ? change.ThemePrimaryColor.Value?.ToUpperInvariant() : ThemePrimaryColor;
        ThemeLogoUrl = change.ThemeLogoUrl.Or(ThemeLogoUrl);
        ThemeFaviconUrl = change.ThemeFaviconUrl.Or(ThemeFaviconUrl);
        UiSidebarDefaultCollapsed = change.UiSidebarDefaultCollapsed.Or(UiSidebarDefaultCollapsed);
        UiDateFormat = change.UiDateFormat.Or(UiDateFormat);
        UiTimezone = change.UiTimezone.Or(UiTimezone);
        Updated = now;
    }
}

internal sealed record TenantConfigChange(
    Optional<string?> BillingEmail = default,
    Optional<BillingAddress?> BillingAddress = default,
    Optional<bool> NotifyOnBillingChanges = default,
    Optional<bool> NotifyOnSystemUpdates = default,
    Optional<bool> NotifyOnSecurityAlerts = default,
    Optional<string?> ThemePrimaryColor = default,
    Optional<string?> ThemeLogoUrl = default,
    Optional<string?> ThemeFaviconUrl = default,
    Optional<bool> UiSidebarDefaultCollapsed = default,
    Optional<string?> UiDateFormat = default,
    Optional<string?> UiTimezone = default);

/// <summary>The date formats the web client can render.</summary>
internal static class UiDateFormats
{
    public static readonly IReadOnlyList<string> All = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "DD-MM-YYYY", "YYYY/MM/DD", "D MMM YYYY", "MMM D, YYYY"];
}

/// <summary>ISO 3166-1 alpha-2 country codes (officially assigned).</summary>
internal static class CountryCodes
{
    private static readonly HashSet<string> Codes = new(
        ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
         "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
         "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
         "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
         "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
         "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
         "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' '),
        StringComparer.Ordinal);

    public static bool IsAssigned(string code) => Codes.Contains(code);
}
