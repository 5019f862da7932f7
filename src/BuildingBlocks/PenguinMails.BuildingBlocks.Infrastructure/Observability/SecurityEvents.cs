using Microsoft.AspNetCore.Http;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Infrastructure.Observability;

/// <summary>Adds the request's context to a security event and publishes it to the sink (no I/O on the request).</summary>
internal sealed class SecurityEvents(IEventSink sink, IHttpContextAccessor http, ICurrentTenant tenant, ICurrentUser user, TimeProvider clock) : ISecurityEvents
{
    public void Record(string name, string reason, Guid? userId = null)
    {
        var context = http.HttpContext;
        sink.Publish(new AnalyticsEvent(name, clock.GetUtcNow(), new Dictionary<string, object?>
        {
            ["reason"] = reason,
            ["tenant_id"] = tenant.TenantId,
            ["user_id"] = userId ?? user.UserId,
            ["request_id"] = context?.TraceIdentifier,
            ["source_ip"] = context?.Connection.RemoteIpAddress?.ToString(),
        }));
    }
}
