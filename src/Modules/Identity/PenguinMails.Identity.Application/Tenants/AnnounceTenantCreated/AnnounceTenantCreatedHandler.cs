using MediatR;
using PenguinMails.BuildingBlocks.Application.Events;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Tenants.AnnounceTenantCreated;

/// <summary>
/// Tells the other modules a tenant exists (<see cref="TenantCreatedNotification"/>): Workspace makes its
/// configuration, Billing its subscription, in the same transaction as the tenant (ADR 0007, 0009).
/// </summary>
internal sealed class AnnounceTenantCreatedHandler(IUnitOfWork unitOfWork, IMediator mediator)
    : INotificationHandler<DomainEventNotification<TenantCreated>>
{
    public async Task Handle(DomainEventNotification<TenantCreated> notification, CancellationToken cancellationToken)
    {
        var created = notification.DomainEvent;
        // Their rows reference the tenant's: it is written first.
        await unitOfWork.FlushAsync(cancellationToken);
        await mediator.Publish(new TenantCreatedNotification(created.TenantId, created.Name, created.OwnerUserId), cancellationToken);
    }
}
