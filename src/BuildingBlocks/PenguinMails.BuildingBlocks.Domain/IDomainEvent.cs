namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>Something that happened in the domain. Dispatched in the same transaction, before commit (ADR 0007).</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
