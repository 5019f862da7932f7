using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Every response carries X-Request-Id: the client's own when it sent a sane one, a new one otherwise. It is the
/// request's TraceIdentifier, so problem bodies and log lines carry the same id.
/// </summary>
internal sealed partial class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string Header = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var sent = context.Request.Headers[Header];
        var requestId = sent.Count == 1 && SafeId().IsMatch(sent[0]!) ? sent[0]! : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = requestId;
            return Task.CompletedTask;
        });

        using (logger.BeginScope(new LogScope(KeyValuePair.Create(LogScope.RequestIdKey, (object?)requestId))))
        {
            await next(context);
        }
    }

    // Echo only what cannot inject into headers or logs.
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex SafeId();
}
