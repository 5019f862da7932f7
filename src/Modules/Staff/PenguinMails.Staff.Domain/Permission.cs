using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Staff.Domain;

/// <summary>A row of <c>permissions</c>.</summary>
internal sealed class Permission : Entity, IAggregateRoot
{
    public int Id { get; private set; }

    public string Name { get; private set; } = default!;

    public string? Description { get; private set; }

    public string Category { get; private set; } = default!;

    public DateTimeOffset Created { get; private set; }
}
