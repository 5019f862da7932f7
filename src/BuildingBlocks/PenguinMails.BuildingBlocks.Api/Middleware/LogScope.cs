using System.Collections;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Structured log-scope state: each pair becomes a field of every JSON log line written inside the scope, and
/// <see cref="ToString"/> gives the scope's readable "Message".
/// </summary>
internal sealed class LogScope(params KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>
    /// The X-Request-Id of the request (also the problem bodies' traceId). Not "RequestId": ASP.NET Core's own hosting
    /// scope uses that name for its connection-based id.
    /// </summary>
    public const string RequestIdKey = "XRequestId";

    public const string TenantIdKey = "TenantId";

    public const string UserIdKey = "UserId";

    public int Count => values.Length;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", values.Select(v => $"{v.Key}:{v.Value}"));
}
