using Ardalis.Specification;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.ApiKeys;

/// <summary>The current tenant's keys the user created that still work (not revoked), tracked so they can be revoked.</summary>
internal sealed class UnrevokedKeysCreatedBySpecification : Specification<ApiKey>
{
    public UnrevokedKeysCreatedBySpecification(Guid userId) =>
        Query.Where(k => k.CreatedBy == userId && k.Revoked == null).AsTracking();
}
