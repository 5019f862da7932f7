namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// The answers to POSTs that carried an <c>Idempotency-Key</c>, kept 24 hours per scope: the tenant the request acts
/// in, or the signed-in user outside any tenant. <see cref="LockAsync"/> serialises requests with one key across
/// every API instance, so concurrent retries do the work once.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Waits until no other request holds the key; held until <see cref="ReleaseAsync"/>.</summary>
    Task LockAsync(IdempotencyScope scope, string key, CancellationToken cancellationToken);

    Task ReleaseAsync(IdempotencyScope scope, string key);

    /// <summary>The stored answer of the last 24 hours, if any.</summary>
    Task<StoredResponse?> FindAsync(IdempotencyScope scope, string key, CancellationToken cancellationToken);

    Task SaveAsync(IdempotencyScope scope, string key, StoredResponse response, CancellationToken cancellationToken);
}

/// <summary>Whose keys: a tenant's (<see cref="TenantId"/> set) or a user's outside any tenant.</summary>
public sealed record IdempotencyScope(Guid? TenantId, Guid UserId)
{
    public Guid Id => TenantId ?? UserId;
}

public sealed record StoredResponse(byte[] RequestHash, int Status, string? ContentType, string? Location, byte[] Body);
