using MapsterMapper;
using MediatR;
using PenguinMails.Billing.Contracts;
using PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Members.AddMember;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Members.AddMember;

/// <summary>
/// Owners and admins may always add; members only when the tenant allows member invites, and only as members.
/// Each member or open invitation takes a seat of the plan's <c>max_users</c>. Every address is invited, whether it has
/// an account or not: nobody joins a tenant without accepting, and the answer does not tell who has an account.
/// </summary>
internal sealed class AddMemberCommandHandler(
    ICurrentTenant current,
    ICurrentUser caller,
    ITenantPoliciesRepository policies,
    IUserRepository users,
    IMembershipRepository memberships,
    IInvitationRepository invitations,
    ISignedTokens tokens,
    IdentityLinks links,
    IEmailSender sender,
    IUnitOfWork unitOfWork,
    ITenantLocks locks,
    IMediator mediator,
    TimeProvider clock, IMapper mapper) : IRequestHandler<AddMemberCommand, AddMemberResultDto>
{
    /// <summary>Held while a seat is counted and taken, so two adds at the plan's limit cannot both succeed.</summary>
    public const string SeatLock = "limit:" + PlanLimit.Users;

    public async Task<AddMemberResultDto> Handle(AddMemberCommand request, CancellationToken cancellationToken)
    {
        var tenantId = current.RequireTenantId();
        var policy = await policies.GetAsync(tenantId, cancellationToken) ?? throw NotFoundException.For("tenant", tenantId);
        if (!TenantRoles.Managers.Any(current.Roles.Contains) && !policy.CompanyAllowMemberInvites)
        {
            throw new ForbiddenException("member-invites-disabled", "In this tenant only owners and admins can add members.");
        }

        MemberRules.EnsureMayGrant(current.Roles, request.Roles);
        var now = clock.GetUtcNow();
        await locks.LockAsync(SeatLock, cancellationToken);
        var entitlements = await mediator.Send(new GetEntitlementsQuery(), cancellationToken);
        entitlements.Ensure(PlanLimit.Users, await memberships.CountSeatsAsync(tenantId, now, cancellationToken));
        var email = EmailAddress.Normalize(request.Email);
        if (await users.FindByEmailAsync(email, cancellationToken) is { IsActive: true } user
            && await memberships.GetAsync(tenantId, user.Id, cancellationToken) is { IsActive: true })
        {
            throw new ConflictException("already-a-member", "This account is a member of the tenant already.");
        }

        if (await invitations.FindUnsettledAsync(tenantId, email, cancellationToken) is { } earlier)
        {
            if (earlier.Status == InvitationStatus.AwaitingApproval || earlier.IsOpen(now))
            {
                throw new ConflictException("already-invited", "This address has an open invitation already; revoke it to invite again.");
            }

            // An expired invitation is closed before a new one is issued (one open invitation per address).
            earlier.Revoke(now);
            await unitOfWork.FlushAsync(cancellationToken);
        }

        var invitation = TenantInvitation.Issue(Guid.CreateVersion7(), tenantId, email, request.Roles, caller.RequireUserId(), now);
        invitations.Add(invitation);
        var link = links.Invitation(tokens.IssueInvitation(invitation.Id, tenantId, invitation.Expires));
        var message = new EmailMessage(email, "invitation", "You are invited to PenguinMails", link);
        await unitOfWork.OnCommittedAsync(ct => sender.SendAsync(message, ct), cancellationToken);
        return new AddMemberResultDto("invited", mapper.Map<InvitationDto>(invitation));
    }
}
