using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Invitations;

/// <summary>An invitation as its e-mailed link names it, with its tenant and that tenant's policies.</summary>
internal sealed record OpenInvitation(TenantInvitation Invitation, Tenant Tenant, TenantPolicies Policy);

/// <summary>
/// Reads an invitation link for whoever accepts it (a new account or a signed-in one): the signature, then the
/// invitation in its tenant, which must still exist and the invitation still be open. Anything else is not valid.
/// </summary>
internal sealed class InvitationLinks(
    ISignedTokens tokens,
    IInvitationRepository invitations,
    ITenantRepository tenants,
    ITenantPoliciesRepository policies,
    ICallerContext caller,
    TimeProvider clock)
{
    public async Task<OpenInvitation?> OpenAsync(string token, Guid? acceptingUserId, CancellationToken cancellationToken)
    {
        if (await tokens.ReadInvitationAsync(token) is not { } claims)
        {
            return null;
        }

        await caller.ActAsAsync(acceptingUserId, claims.TenantId, [], cancellationToken);
        var invitation = await invitations.GetAsync(claims.InvitationId, cancellationToken);
        var tenant = await tenants.GetAsync(claims.TenantId, cancellationToken);
        var policy = await policies.GetAsync(claims.TenantId, cancellationToken);
        return invitation is not null && tenant is { IsDeleted: false } && policy is not null && invitation.IsOpen(clock.GetUtcNow())
            ? new OpenInvitation(invitation, tenant, policy)
            : null;
    }
}
