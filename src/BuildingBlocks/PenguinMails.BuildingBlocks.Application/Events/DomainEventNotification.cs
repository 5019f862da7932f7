using MediatR;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Application.Events;

/// <summary>
/// Carries a domain event through MediatR, so Domain projects need not reference MediatR. Handlers implement
/// <c>INotificationHandler&lt;DomainEventNotification&lt;TEvent&gt;&gt;</c> and run inside the command's transaction.
/// </summary>
public sealed record DomainEventNotification<TEvent>(TEvent DomainEvent) : INotification
    where TEvent : IDomainEvent;
