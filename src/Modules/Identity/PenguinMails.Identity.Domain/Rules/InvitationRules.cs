using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

internal sealed class InvitationIsOpenRule(TenantInvitation invitation, DateTimeOffset now) : IBusinessRule
{
    public string Code => "invitation-not-open";

    public string Message => "This invitation was already used, revoked, or has expired.";

    public bool IsBroken() => !invitation.IsOpen(now);
}

internal sealed class InvitationAwaitsApprovalRule(TenantInvitation invitation) : IBusinessRule
{
    public string Code => "invitation-not-awaiting-approval";

    public string Message => "Only an accepted invitation that awaits approval can be approved.";

    public bool IsBroken() => invitation.Status != InvitationStatus.AwaitingApproval;
}

internal sealed class InvitationNotSettledRule(TenantInvitation invitation) : IBusinessRule
{
    public string Code => "invitation-settled";

    public string Message => "This invitation was already accepted or revoked.";

    public bool IsBroken() => invitation.Status == InvitationStatus.Accepted || invitation.Status == InvitationStatus.Revoked;
}
