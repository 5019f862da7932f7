using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>A row of <c>tenant_policies</c>.</summary>
internal sealed class TenantPolicies : Entity, IAggregateRoot, ITenantOwned
{
    public const int MinPasswordLengthFloor = 8;
    public const int MinPasswordLengthCeiling = 128;
    public const int MaxSessionTimeoutHours = 720;
    public const int MaxLoginAttemptsCeiling = 100;

    private TenantPolicies()
    {
    }

    public Guid TenantId { get; private set; }

    public int PasswordMinLength { get; private set; }

    public bool PasswordRequireUppercase { get; private set; }

    public bool PasswordRequireNumbers { get; private set; }

    public bool PasswordRequireSymbols { get; private set; }

    public int SessionTimeoutHours { get; private set; }

    public int MaxLoginAttempts { get; private set; }

    public bool TwoFactorRequired { get; private set; }

    public string CompanyDefaultStatus { get; private set; } = default!;

    public bool CompanyAllowMemberInvites { get; private set; }

    public bool CompanyAutoApproveMembers { get; private set; }

    public bool CompanyRequireEmailVerification { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>A new tenant's policies: the seed's column defaults.</summary>
    public static TenantPolicies CreateDefault(Guid tenantId, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        PasswordMinLength = PasswordPolicy.Default.MinLength,
        PasswordRequireUppercase = PasswordPolicy.Default.RequireUppercase,
        PasswordRequireNumbers = PasswordPolicy.Default.RequireNumbers,
        PasswordRequireSymbols = PasswordPolicy.Default.RequireSymbols,
        SessionTimeoutHours = 8,
        MaxLoginAttempts = 5,
        TwoFactorRequired = false,
        CompanyDefaultStatus = "active",
        CompanyAllowMemberInvites = true,
        CompanyAutoApproveMembers = false,
        CompanyRequireEmailVerification = true,
        Created = now,
        Updated = now,
    };

    public PasswordPolicy PasswordPolicy => new(PasswordMinLength, PasswordRequireUppercase, PasswordRequireNumbers, PasswordRequireSymbols);

    public void Change(TenantPoliciesChange change, DateTimeOffset now)
    {
        PasswordMinLength = change.PasswordMinLength ?? PasswordMinLength;
        PasswordRequireUppercase = change.PasswordRequireUppercase ?? PasswordRequireUppercase;
        PasswordRequireNumbers = change.PasswordRequireNumbers ?? PasswordRequireNumbers;
        PasswordRequireSymbols = change.PasswordRequireSymbols ?? PasswordRequireSymbols;
        SessionTimeoutHours = change.SessionTimeoutHours ?? SessionTimeoutHours;
        MaxLoginAttempts = change.MaxLoginAttempts ?? MaxLoginAttempts;
        TwoFactorRequired = change.TwoFactorRequired ?? TwoFactorRequired;
        CompanyDefaultStatus = change.CompanyDefaultStatus ?? CompanyDefaultStatus;
        CompanyAllowMemberInvites = change.CompanyAllowMemberInvites ?? CompanyAllowMemberInvites;
        CompanyAutoApproveMembers = change.CompanyAutoApproveMembers ?? CompanyAutoApproveMembers;
        CompanyRequireEmailVerification = change.CompanyRequireEmailVerification ?? CompanyRequireEmailVerification;
        Updated = now;
    }
}

/// <summary>The policy fields a PATCH may change; null leaves a field as it is.</summary>
internal sealed record TenantPoliciesChange(
    int? PasswordMinLength = null,
    bool? PasswordRequireUppercase = null,
    bool? PasswordRequireNumbers = null,
    bool? PasswordRequireSymbols = null,
    int? SessionTimeoutHours = null,
    int? MaxLoginAttempts = null,
    bool? TwoFactorRequired = null,
    string? CompanyDefaultStatus = null,
    bool? CompanyAllowMemberInvites = null,
    bool? CompanyAutoApproveMembers = null,
    bool? CompanyRequireEmailVerification = null);
