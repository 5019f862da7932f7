using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PenguinMails.BuildingBlocks.Api.Endpoints;

/// <summary>How modules declare routes: under /api/v1, public, authenticated, or tenant-scoped.</summary>
public static class EndpointConventions
{
    public const string BasePath = "/api/v1";
    public const string TenantHeader = "X-Tenant-Id";

    /// <summary>The /api/v1 group a module maps its routes into, tagged with the module's name in the OpenAPI document.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        endpoints.MapGroup(BasePath + prefix).WithTags(tag);

    /// <summary>Lets the route read bodies up to <paramref name="maxBytes"/> instead of the host's default limit (bulk uploads).</summary>
    public static TBuilder AllowRequestBodyUpTo<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimitMetadata(maxBytes));

    /// <summary>
    /// Lets API keys call the routes, with the scope <c>&lt;resource&gt;:read</c> for GET and <c>&lt;resource&gt;:write</c>
    /// for anything else. Routes without it refuse API keys.
    /// </summary>
    public static TBuilder AllowApiKeys<TBuilder>(this TBuilder builder, string resource)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiKeyResourceAttribute(resource));

    /// <summary>Requires X-Tenant-Id naming a tenant the caller is an active member of.</summary>
    public static TBuilder RequireTenant<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantScopedAttribute());

    /// <summary>Requires a staff member whose role grants <paramref name="permission"/>; checked before the body is read.</summary>
    public static TBuilder RequireStaffPermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PenguinMails.BuildingBlocks.Application.Security.RequiresStaffPermissionAttribute(permission));

    /// <summary>
    /// The route's success answer carries a secret shown once: an <c>Idempotency-Key</c> retry of it is told the request
    /// succeeded, never given the secret again, and the secret is never stored with the key.
    /// </summary>
    public static TBuilder ShowsSecretOnce<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(SecretResponseMetadata.Instance);

    /// <summary>An anonymous route: counted per client address, together with every other anonymous route.</summary>
    public static TBuilder ThrottledPerClient<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(Middleware.Throttling.PerClient);

    /// <summary>A route that changes the account or mails it: counted per signed-in user and route.</summary>
    public static TBuilder ThrottledPerAccount<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(Middleware.Throttling.PerAccount);

    /// <summary>The error answers every route can give, for the OpenAPI document.</summary>
    public static TBuilder ProducesStandardProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status500InternalServerError, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
}
