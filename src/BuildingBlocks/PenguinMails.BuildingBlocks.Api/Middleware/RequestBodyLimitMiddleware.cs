using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PenguinMails.BuildingBlocks.Api.Endpoints;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Bounds request bodies (PenguinMails:MaxRequestBodyBytes, or the route's own <see cref="RequestBodyLimitMetadata"/>).
/// A declared length over the limit is refused before any byte is read; the server's own limit stops a chunked body
/// that grows past it. Runs after routing, so a route's own limit is known.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, long defaultMaxBytes)
{
    public Task InvokeAsync(HttpContext context)
    {
        var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimitMetadata>()?.MaxBytes ?? defaultMaxBytes;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }
}
