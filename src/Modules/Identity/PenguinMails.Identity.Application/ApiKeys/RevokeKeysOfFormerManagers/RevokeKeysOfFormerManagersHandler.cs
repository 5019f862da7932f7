using MediatR;
using PenguinMails.BuildingBlocks.Application.Events;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys.RevokeKeysOfFormerManagers;

/// <summary>
/// A key acts as an admin of its tenant, on its creator's authority: when the creator stops being an owner or admin
/// there (removed, left, demoted), every key they created is revoked in the same transaction (ADR 0023).
/// </summary>
internal sealed class RevokeKeysOfFormerManagersHandler(IApiKeyRepository keys)
    : INotificationHandler<DomainEventNotification<MemberStoppedManaging>>
{
    public async Task Handle(DomainEventNotification<MemberStoppedManaging> notification, CancellationToken cancellationToken)
    {
        foreach (var key in await keys.ListAsync(new UnrevokedKeysCreatedBySpecification(notification.DomainEvent.UserId), cancellationToken))
        {
            key.Revoke(notification.DomainEvent.OccurredAt);
        }
    }
}
