namespace PenguinMails.BuildingBlocks.Application.Security;

/// <summary>
/// The answers to POSTs that carried an <c>Idempotency-Key</c>, kept 24 hours per scope: the tenant the request acts
/// in, or the signed-in user outside any tenant. A request first claims its key; the claim is a row, not a lock held on
/// a connection, so it holds across API instances and behind a transaction-pooling PgBouncer alike (ADR 0015).
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for this request and returns null, or returns the key's record when it is taken: a stored answer,
    /// or a request still running. A claim older than <see cref="ClaimLease"/> that never completed is taken over.
    /// </summary>
    Task<IdempotencyRecord?> ClaimAsync(IdempotencyScope scope, string key, byte[] requestHash, CancellationToken cancellationToken);

    /// <summary>Stores the claimed request's answer.</summary>
    Task CompleteAsync(IdempotencyScope scope, string key, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Gives the claim up (the request failed in a way a retry should repeat).</summary>
    Task AbandonAsync(IdempotencyScope scope, string key);

    /// <summary>How long a claim whose request never answered (its process died) keeps others out.</summary>
    static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);
}

/// <summary>Whose keys: a tenant's (<see cref="TenantId"/> set) or a user's outside any tenant.</summary>
public sealed record IdempotencyScope(Guid? TenantId, Guid UserId)
{
    public Guid Id => TenantId ?? UserId;
}

/// <summary>A taken key: the request that claimed it, and its answer once it has one.</summary>
public sealed record IdempotencyRecord(byte[] RequestHash, StoredResponse? Response);

public sealed record StoredResponse(int Status, string? ContentType, string? Location, byte[] Body);
