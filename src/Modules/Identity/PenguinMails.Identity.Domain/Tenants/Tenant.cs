using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>A row of <c>tenants</c>.</summary>
internal sealed class Tenant : Entity, IAggregateRoot
{
    public const int MaxNameLength = 100;

    private Tenant()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = default!;

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    public DateTimeOffset? Deleted { get; private set; }

    public Guid? ComputeId { get; private set; }

    /// <summary>A new tenant founded by <paramref name="ownerUserId"/>: every module provisions its share of it (<see cref="TenantCreated"/>).</summary>
    public static Tenant Create(Guid id, string name, Guid ownerUserId, DateTimeOffset now)
    {
        var tenant = new Tenant
        {
            Id = id,
            Name = name.Trim(),
            Created = now,
            Updated = now,
        };
        tenant.Raise(new TenantCreated(id, tenant.Name, ownerUserId, now));
        return tenant;
    }

    public bool IsDeleted => Deleted is not null;

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name.Trim();
        Updated = now;
    }

    /// <summary>Soft delete: the row stays, and every route of the tenant answers 404 from now on.</summary>
    public void Delete(DateTimeOffset now)
    {
        Deleted ??= now;
        Updated = now;
    }
}

/// <summary>A tenant exists: the other modules provision what every tenant has (configuration, a subscription).</summary>
internal sealed record TenantCreated(Guid TenantId, string Name, Guid OwnerUserId, DateTimeOffset OccurredAt) : IDomainEvent;
