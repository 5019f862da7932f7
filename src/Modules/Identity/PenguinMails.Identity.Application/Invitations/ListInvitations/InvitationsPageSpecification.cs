using Ardalis.Specification;
using PenguinMails.BuildingBlocks.Application.Pagination;
using PenguinMails.BuildingBlocks.Application.Specifications;
using PenguinMails.Identity.Contracts.Invitations.ListInvitations;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Invitations.ListInvitations;

/// <summary>A page of one tenant's invitations in creation order.</summary>
internal sealed class InvitationsPageSpecification : Specification<TenantInvitation>
{
    public InvitationsPageSpecification(Guid tenantId, ListInvitationsQuery request) =>
        Query.Where(i => i.TenantId == tenantId).CreationPage(CreatedPosition.Decode(request.Cursor), request.Limit);
}
