using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Policies.UpdatePolicies;

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
    bool? CompanyRequireEmailVerification = null) : ICommand<TenantPoliciesDto>;
