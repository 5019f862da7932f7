using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Bounds request bodies (PenguinMails:MaxRequestBodyBytes). A declared length over the limit is refused before
/// any byte is read; the server's own limit stops a chunked body that grows past it.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, long maxBytes)
{
    public Task InvokeAsync(HttpContext context)
    {
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
