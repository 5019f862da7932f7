using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Policies;

internal static class PolicyMappings
{
    public static TenantPoliciesDto ToDto(this TenantPolicies p) => new(
        p.PasswordMinLength, p.PasswordRequireUppercase, p.PasswordRequireNumbers, p.PasswordRequireSymbols, p.SessionTimeoutHours,
        p.MaxLoginAttempts, p.TwoFactorRequired, p.CompanyDefaultStatus, p.CompanyAllowMemberInvites, p.CompanyAutoApproveMembers,
        p.CompanyRequireEmailVerification, p.Updated);
}
