using System.Collections.Concurrent;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.Billing.Infrastructure.RateLimits;

/// <summary>This instance's view of each tenant's current minute; one per process.</summary>
internal sealed class RateLimitWindows(TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<Guid, TenantWindow> _tenants = new();

    public TenantWindow For(Guid tenantId)
    {
        if (_tenants.TryGetValue(tenantId, out var known))
        {
            return known;
        }

        // Only on a tenant's first request here: Count takes every lock of the dictionary.
        if (_tenants.Count > PruneAbove)
        {
            var now = clock.GetUtcNow();
            foreach (var (id, window) in _tenants.Where(t => t.Value.EndedBefore(now.AddMinutes(-1))))
            {
                _tenants.TryRemove(KeyValuePair.Create(id, window));
            }
        }

        return _tenants.GetOrAdd(tenantId, _ => new TenantWindow());
    }
}

/// <summary>
/// One tenant's minute as this instance sees it: the shared count at the last sync, plus the requests counted here
/// since. While that view is fresh a request is decided here; otherwise one request at a time takes it to the database
/// (others meanwhile are decided on the view they have).
/// </summary>
internal sealed class TenantWindow
{
    private readonly Lock _lock = new();
    private bool _known;
    private bool _syncing;
    private DateTimeOffset _windowStart;
    private DateTimeOffset _syncedAt;
    private int _shared;
    private int? _limit;
    private int _unsynced;

    /// <summary>The decision for a request counted here, or null when this request must sync with the database.</summary>
    public RateLimitDecision? TryCountHere(DateTimeOffset now, TimeSpan maxAge)
    {
        lock (_lock)
        {
            var minuteTurned = now >= _windowStart.AddMinutes(1);
            var fresh = _known && !minuteTurned && now - _syncedAt < maxAge;
            if (!_known || maxAge <= TimeSpan.Zero || (!fresh && !_syncing))
            {
                _syncing = true;
                return null;
            }

            if (minuteTurned)
            {
                // Another request is syncing the new minute; until it answers, count this one from zero.
                _windowStart = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
                _shared = 0;
            }

            _unsynced++;
            return Decision(now);
        }
    }

    /// <summary>The requests counted here since the last sync, now to be added to the shared count.</summary>
    public int TakeUnsynced()
    {
        lock (_lock)
        {
            var taken = _unsynced;
            _unsynced = 0;
            return taken;
        }
    }

    public RateLimitDecision Synced(DateTimeOffset windowStart, int sharedCount, int? limit, DateTimeOffset now)
    {
        lock (_lock)
        {
            _known = true;
            _syncing = false;
            _windowStart = windowStart;
            _shared = sharedCount;
            _limit = limit;
            _syncedAt = now;
            return Decision(now);
        }
    }

    /// <summary>The database could not be asked: the requests stay counted here for the next sync.</summary>
    public void SyncFailed(int unsynced)
    {
        lock (_lock)
        {
            _syncing = false;
            _unsynced += unsynced;
        }
    }

    public bool EndedBefore(DateTimeOffset moment)
    {
        lock (_lock)
        {
            return _windowStart.AddMinutes(1) < moment;
        }
    }

    private RateLimitDecision Decision(DateTimeOffset now) => new(
        _limit, (_limit ?? int.MaxValue) - (_shared + _unsynced), Math.Max(1, (int)Math.Ceiling((_windowStart.AddMinutes(1) - now).TotalSeconds)));
}
