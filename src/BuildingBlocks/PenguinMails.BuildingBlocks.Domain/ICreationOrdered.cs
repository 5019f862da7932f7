namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>A row listed in creation order, (created, id), the keyset its cursor pages follow (ADR 0006).</summary>
public interface ICreationOrdered
{
    Guid Id { get; }

    DateTimeOffset Created { get; }
}
