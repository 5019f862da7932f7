namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>Marks the entity through which a consistency boundary is loaded and saved.</summary>
public interface IAggregateRoot;
