using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Outside everything but the request id: counts every answer (refusals by the middlewares and problems from the
/// exception handler included) under its route template, and notices a caller collecting 403s.
/// </summary>
internal sealed partial class RequestObservationMiddleware(RequestDelegate next, IServiceProvider services, RepeatedForbiddenDetector forbidden)
{
    private const string Unmatched = "(unmatched)";

    // Built once per method and template (a bounded set), not per request.
    private static readonly ConcurrentDictionary<(string Method, string? RawText), string> RouteNames = new();

    // Optional: a host composed without the infrastructure's monitoring still answers, unmeasured.
    private readonly IRequestMetrics? _metrics = services.GetService(typeof(IRequestMetrics)) as IRequestMetrics;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var route = new ObservedRoute();
        context.Features.Set(route);
        try
        {
            await next(context);
        }
        catch
        {
            _metrics?.Record(route.Name ?? Unmatched, StatusCodes.Status500InternalServerError, Stopwatch.GetElapsedTime(started));
            throw;
        }

        _metrics?.Record(route.Name ?? Unmatched, context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
        if (context.Response.StatusCode == StatusCodes.Status403Forbidden)
        {
            NoteForbidden(context);
        }
    }

    /// <summary>Runs after routing: names the request by its endpoint's template before the exception handler can clear it.</summary>
    public static Task NameRoute(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<ObservedRoute>() is { } route && context.GetEndpoint() is RouteEndpoint endpoint)
        {
            route.Name = RouteNames.GetOrAdd((context.Request.Method, endpoint.RoutePattern.RawText), key => $"{key.Method} {Template(key.RawText)}");
        }

        return next(context);
    }

    // As the OpenAPI document spells it: "/api/v1/leads/{id:guid}/" -> "/api/v1/leads/{id}".
    private static string Template(string? raw) => "/" + RouteConstraint().Replace(raw ?? "", "{$1}").Trim('/');

    [GeneratedRegex(@"\{(\*{0,2}\w+)[:=?][^}]*\}", RegexOptions.None, 100)]
    private static partial Regex RouteConstraint();

    private void NoteForbidden(HttpContext context)
    {
        var caller = context.RequestServices.GetService(typeof(RequestCaller)) as RequestCaller;
        var key = caller?.ApiKeyId is { } keyId ? $"key:{keyId}"
            : caller?.UserId is { } userId ? $"user:{userId}"
            : $"ip:{context.Connection.RemoteIpAddress}";
        if (forbidden.Count(key) is { } count && context.RequestServices.GetService(typeof(ISecurityEvents)) is ISecurityEvents security)
        {
            security.Record(SecurityEventNames.SuspiciousActivity, SuspiciousActivityReasons.RepeatedForbidden, details: new Dictionary<string, object?>
            {
                ["forbidden_count"] = count, ["window_seconds"] = forbidden.WindowSeconds,
            });
        }
    }

    private sealed class ObservedRoute
    {
        public string? Name { get; set; }
    }
}

/// <summary>The <c>Observability:Security</c> section.</summary>
public sealed class SecurityMonitoringOptions
{
    public const string Section = "Observability:Security";

    /// <summary>This many 403 answers to one caller within the window is one <c>repeated_forbidden</c> event.</summary>
    public int RepeatedForbiddenThreshold { get; set; } = 10;

    public int RepeatedForbiddenWindowSeconds { get; set; } = 60;
}

/// <summary>
/// Counts 403s per caller (API key, user, else source IP) in fixed windows held in memory, per API instance. Reports
/// the 403 that reaches the threshold, once per window. Holds at most <see cref="MaxCallers"/> callers, so a flood of
/// sources cannot grow it without bound.
/// </summary>
internal sealed class RepeatedForbiddenDetector(TimeProvider clock, IOptions<SecurityMonitoringOptions> options)
{
    private const int MaxCallers = 10_000;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly TimeSpan _window = TimeSpan.FromSeconds(options.Value.RepeatedForbiddenWindowSeconds);

    public int WindowSeconds => options.Value.RepeatedForbiddenWindowSeconds;

    /// <summary>The count when this 403 is the one that reaches the threshold in its window; otherwise null.</summary>
    public int? Count(string caller)
    {
        var now = clock.GetUtcNow();
        if (!_windows.ContainsKey(caller) && _windows.Count >= MaxCallers)
        {
            foreach (var (key, stale) in _windows.Where(w => w.Value.EndedBy(now, _window)))
            {
                _windows.TryRemove(KeyValuePair.Create(key, stale));
            }

            if (_windows.Count >= MaxCallers)
            {
                return null;
            }
        }

        var count = _windows.GetOrAdd(caller, _ => new Window(now)).Add(now, _window);
        return count == options.Value.RepeatedForbiddenThreshold ? count : null;
    }

    private sealed class Window(DateTimeOffset started)
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _started = started;
        private int _count;

        public bool EndedBy(DateTimeOffset now, TimeSpan length) => now - _started >= length;

        public int Add(DateTimeOffset now, TimeSpan length)
        {
            lock (_lock)
            {
                if (EndedBy(now, length))
                {
                    _started = now;
                    _count = 0;
                }

                return ++_count;
            }
        }
    }
}
