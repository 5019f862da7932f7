namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// The answers to a tenant's POSTs that carried an <c>Idempotency-Key</c>, kept 24 hours. <see cref="LockAsync"/>
/// serialises requests with one key across every API instance, so concurrent retries do the work once.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Waits until no other request holds the key; held until <see cref="ReleaseAsync"/>.</summary>
    Task LockAsync(Guid tenantId, string key, CancellationToken cancellationToken);

    Task ReleaseAsync(Guid tenantId, string key);

    /// <summary>The stored answer of the last 24 hours, if any.</summary>
    Task<StoredResponse?> FindAsync(Guid tenantId, string key, CancellationToken cancellationToken);

    Task SaveAsync(Guid tenantId, string key, StoredResponse response, CancellationToken cancellationToken);
}

public sealed record StoredResponse(byte[] RequestHash, int Status, string? ContentType, string? Location, byte[] Body);
