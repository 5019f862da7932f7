using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Policies.UpdatePolicies;

/// <summary>Changes the fields present. Tighter rules apply at once: members whose password no longer meets them must change it.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdatePoliciesCommand(
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
    bool? CompanyRequireEmailVerification = null) : ICommand<TenantPoliciesDto>, ISecurityIncidentCommand<TenantPoliciesDto>
{
    /// <summary>The changed policies by name (values are the tenant's, visible to its admins in the response).</summary>
    public SecurityIncident DescribeIncident(TenantPoliciesDto response) => new("tenant_policies_changed", string.Join(',', ChangedPolicies()));

    private IEnumerable<string> ChangedPolicies()
    {
        (string Name, object? Value)[] fields =
        [
            ("passwordMinLength", PasswordMinLength), ("passwordRequireUppercase", PasswordRequireUppercase),
            ("passwordRequireNumbers", PasswordRequireNumbers), ("passwordRequireSymbols", PasswordRequireSymbols),
            ("sessionTimeoutHours", SessionTimeoutHours), ("maxLoginAttempts", MaxLoginAttempts), ("twoFactorRequired", TwoFactorRequired),
            ("companyDefaultStatus", CompanyDefaultStatus), ("companyAllowMemberInvites", CompanyAllowMemberInvites),
            ("companyAutoApproveMembers", CompanyAutoApproveMembers), ("companyRequireEmailVerification", CompanyRequireEmailVerification),
        ];
        return fields.Where(f => f.Value is not null).Select(f => f.Name);
    }
}
