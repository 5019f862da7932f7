namespace PenguinMails.BuildingBlocks.Domain;

/// <summary>
/// An entity whose rows belong to one tenant. Infrastructure adds the tenant predicate to every query
/// of such an entity, on top of the database's row-level security.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
