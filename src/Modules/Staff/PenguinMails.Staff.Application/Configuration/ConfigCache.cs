using System.Collections.Concurrent;
using System.Text.Json;

namespace PenguinMails.Staff.Application.Configuration;

/// <summary>
/// Configuration values other modules read, kept for a short time: a value changed on this instance is forgotten at
/// once, one changed on another instance within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ConfigCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (JsonElement? Value, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public async Task<JsonElement?> GetAsync(string key, Func<Task<JsonElement?>> load)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Until > clock.GetUtcNow())
        {
            return entry.Value;
        }

        var value = await load();
        _entries[key] = (value, clock.GetUtcNow() + Lifetime);
        return value;
    }

    public void Forget(string key) => _entries.TryRemove(key, out _);
}
