namespace PenguinMails.Identity.Contracts;

public sealed record TenantDto(Guid Id, string? Name, DateTimeOffset Created, DateTimeOffset Updated);

public sealed record MemberDto(Guid UserId, string? Email, string? Name, IReadOnlyList<string> Roles, bool EmailVerified, DateTimeOffset Created);

public sealed record InvitationDto(Guid Id, string Email, IReadOnlyList<string> Roles, string Status, Guid? InvitedBy, Guid? UserId, DateTimeOffset Expires, DateTimeOffset Created);

/// <summary>Adding a member: either the account joined at once (<see cref="Member"/>), or an invitation was sent.</summary>
public sealed record AddMemberResultDto(string Outcome, InvitationDto Invitation);

public sealed record TenantPoliciesDto(
    int PasswordMinLength,
    bool PasswordRequireUppercase,
    bool PasswordRequireNumbers,
    bool PasswordRequireSymbols,
    int SessionTimeoutHours,
    int MaxLoginAttempts,
    bool TwoFactorRequired,
    string CompanyDefaultStatus,
    bool CompanyAllowMemberInvites,
    bool CompanyAutoApproveMembers,
    bool CompanyRequireEmailVerification,
    DateTimeOffset Updated);

/// <summary>What a new company of the tenant starts with, from the tenant's policies.</summary>
public sealed record CompanyDefaultsDto(string DefaultStatus);
