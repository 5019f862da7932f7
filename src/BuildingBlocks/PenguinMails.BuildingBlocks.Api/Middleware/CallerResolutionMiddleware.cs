using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Api.Errors;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// Turns Authorization and X-Tenant-Id into the request's caller, once, before any handler runs: 401 without a
/// valid token, 400 for a missing or malformed tenant header on tenant-scoped routes, 403 for a tenant the caller
/// may not act in, 404 for a tenant that does not exist. The resolution itself (tokens, memberships) belongs to the Identity module.
/// </summary>
internal sealed class CallerResolutionMiddleware(RequestDelegate next, ILogger<CallerResolutionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ICallerResolver resolver, RequestCaller caller, IProblemDetailsService problems)
    {
        var security = context.RequestServices.GetService(typeof(ISecurityEvents)) as ISecurityEvents; // absent in a host composed without observability
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            await next(context);
            return;
        }

        var tenantScoped = endpoint.Metadata.GetMetadata<TenantScopedAttribute>() is not null;
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        if (anonymous && !tenantScoped)
        {
            await next(context);
            return;
        }

        var token = BearerToken(context.Request);
        if (token is null)
        {
            await WriteAsync(context, problems, StatusCodes.Status401Unauthorized, "unauthenticated", "Unauthenticated",
                "Send an access token: Authorization: Bearer <token>.");
            return;
        }

        // An API key names its tenant itself; a session's token needs the header.
        var apiKey = token.StartsWith(ApiKeyScope.TokenPrefix, StringComparison.Ordinal);
        Guid? tenantId = null;
        if (tenantScoped && !apiKey)
        {
            var header = context.Request.Headers[EndpointConventions.TenantHeader];
            if (header.Count != 1 || !Guid.TryParseExact(header[0], "D", out var parsed))
            {
                await WriteValidationAsync(context, problems, header.Count == 0
                    ? "X-Tenant-Id is required on this route."
                    : "X-Tenant-Id must be one tenant id (a UUID).");
                return;
            }

            tenantId = parsed;
        }

        var resolution = await resolver.ResolveAsync(token, tenantId, context.RequestAborted);
        (int Status, string Title, string Detail) refusal = resolution.Status switch
        {
            CallerStatus.Unauthenticated => (StatusCodes.Status401Unauthorized, "Unauthenticated", "The access token is not valid."),
            CallerStatus.Forbidden => (StatusCodes.Status403Forbidden, "Forbidden", "You may not act in this tenant."),
            CallerStatus.TenantNotFound => (StatusCodes.Status404NotFound, "Not found", "No tenant has this id."),
            _ => default,
        };
        if (refusal.Status != 0)
        {
            if (resolution.Status == CallerStatus.Forbidden && resolution.UserId is { } known)
            {
                caller.Set(known, null, []); // who was refused, for the events below and the repeated-403 count; no tenant
            }

            RecordRefusal(security, resolution, tenantId);
            await WriteAsync(context, problems, refusal.Status, resolution.Code ?? "forbidden", refusal.Title, resolution.Reason ?? refusal.Detail);
            return;
        }

        // Known from here on, refused or not: the refusals below are recorded against this caller.
        caller.Set(resolution.UserId, resolution.TenantId, resolution.Roles, resolution.ApiKeyId);
        if (resolution.ApiKeyScopes is { } scopes && RefuseApiKey(context, endpoint, resolution, scopes) is { } keyRefusal)
        {
            security?.Record(SecurityEventNames.SuspiciousActivity, SuspiciousActivityReasons.ApiKeyMisuse,
                details: new Dictionary<string, object?> { ["code"] = keyRefusal.Code });
            await WriteAsync(context, problems, StatusCodes.Status403Forbidden, keyRefusal.Code, "Forbidden", keyRefusal.Detail);
            return;
        }

        if (endpoint.Metadata.GetMetadata<RequiresStaffPermissionAttribute>() is { } staffOnly
            && (context.RequestServices.GetService(typeof(IStaffPermissions)) is not IStaffPermissions staff
                || !await staff.HasAsync(resolution.UserId!.Value, staffOnly.Permission, context.RequestAborted)))
        {
            await WriteAsync(context, problems, StatusCodes.Status403Forbidden, "staff-permission-required", "Forbidden",
                $"This route needs the staff permission '{staffOnly.Permission}'.");
            return;
        }

        using (logger.BeginScope(new LogScope(KeyValuePair.Create(LogScope.UserIdKey, (object?)resolution.UserId), KeyValuePair.Create(LogScope.TenantIdKey, (object?)resolution.TenantId))))
        {
            await next(context);
        }
    }

    /// <summary>Refused credentials are authentication failures; a signed-in caller naming a tenant not theirs is suspicious.</summary>
    private static void RecordRefusal(ISecurityEvents? security, CallerResolution resolution, Guid? tenantId)
    {
        if (security is null)
        {
            return;
        }

        if (resolution.Status == CallerStatus.Unauthenticated)
        {
            security.Record(SecurityEventNames.AuthenticationFailures, resolution.FailureReason ?? AuthenticationFailureReasons.InvalidToken, resolution.UserId,
                new Dictionary<string, object?> { ["api_key_id"] = resolution.ApiKeyId });
        }
        else if (resolution.Code == CallerResolution.NotAMemberCode)
        {
            security.Record(SecurityEventNames.SuspiciousActivity, SuspiciousActivityReasons.OtherTenantRequested, resolution.UserId,
                new Dictionary<string, object?> { ["requested_tenant_id"] = tenantId });
        }
    }

    /// <summary>Why an API key may not call this route: not one open to keys, out of its scopes, or another tenant named.</summary>
    private static (string Code, string Detail)? RefuseApiKey(HttpContext context, Endpoint endpoint, CallerResolution resolution, IReadOnlyCollection<string> scopes)
    {
        if (endpoint.Metadata.GetMetadata<ApiKeyResourceAttribute>() is not { } resource)
        {
            return ("api-key-not-allowed", "API keys cannot call this route; sign in as a user.");
        }

        var write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        if (!ApiKeyScope.Allows(scopes, resource.Resource, write))
        {
            return ("api-key-scope-missing", $"This API key lacks the scope {resource.Resource}:{(write ? "write" : "read")}.");
        }

        var header = context.Request.Headers[EndpointConventions.TenantHeader];
        return header.Count > 0 && (header.Count != 1 || !Guid.TryParseExact(header[0], "D", out var named) || named != resolution.TenantId)
            ? ("api-key-other-tenant", "An API key acts in its own tenant only; leave out X-Tenant-Id or name the key's tenant.")
            : null;
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = value["Bearer ".Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    private static Task WriteAsync(HttpContext context, IProblemDetailsService problems, int status, string code, string title, string detail) =>
        ProblemResponses.WriteAsync(context, problems, status, code, title, detail);

    private static Task WriteValidationAsync(HttpContext context, IProblemDetailsService problems, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [EndpointConventions.TenantHeader] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.For("validation-error"),
                Title = "One or more validation errors occurred.",
                Detail = "See errors for the fields to correct.",
            },
        }).AsTask();
    }
}
