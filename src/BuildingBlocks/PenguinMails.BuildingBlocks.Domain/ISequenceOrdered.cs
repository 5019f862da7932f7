namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>A row listed in the order of its database-generated id, the keyset its cursor pages follow (ADR 0006).</summary>
public interface ISequenceOrdered
{
    long Id { get; }
}
