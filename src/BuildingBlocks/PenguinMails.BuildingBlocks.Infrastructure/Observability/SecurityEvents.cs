using Microsoft.AspNetCore.Http;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>Adds the request's context to a security event and publishes it to the sink (no I/O on the request).</summary>
internal sealed class SecurityEvents(IEventSink sink, IHttpContextAccessor http, RequestCaller caller, TimeProvider clock, PenguinMailsMetrics metrics) : ISecurityEvents
{
    public void Record(string name, string reason, Guid? userId = null, IReadOnlyDictionary<string, object?>? details = null)
    {
        var context = http.HttpContext;
        var properties = new Dictionary<string, object?>
        {
            ["reason"] = reason,
            ["tenant_id"] = caller.TenantId,
            ["user_id"] = userId ?? caller.UserId,
            ["api_key_id"] = caller.ApiKeyId,
            ["request_id"] = context?.TraceIdentifier,
            ["source_ip"] = context?.Connection.RemoteIpAddress?.ToString(),
            ["method"] = context?.Request.Method,
            ["path"] = context?.Request.Path.Value,
        };
        foreach (var (key, value) in details ?? new Dictionary<string, object?>())
        {
            properties[key] = value;
        }

        metrics.SecurityEventRecorded(name, reason);
        sink.Publish(new AnalyticsEvent(name, clock.GetUtcNow(), properties));
    }
}
