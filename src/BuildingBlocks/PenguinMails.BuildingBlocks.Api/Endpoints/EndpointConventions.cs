using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api.Endpoints;

/// <summary>How modules declare routes: under /api/v1, public, authenticated, or tenant-scoped.</summary>
public static class EndpointConventions
{
    public const string BasePath = "/api/v1";
    public const string TenantHeader = "X-Tenant-Id";

    /// <summary>
    /// The /api/v1 group a module maps its routes into, tagged with the module's name in the OpenAPI document, with the
    /// error answers every route can give (400, 500) declared once for all of them.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        endpoints.MapGroup(BasePath + prefix).WithTags(tag).ProducesStandardProblems();

    /// <summary>
    /// A group of staff routes: 401 and 403 besides the standard answers. Each route's permission is its request's
    /// (<see cref="Sends{TRequest}"/>), declared once, on the request.
    /// </summary>
    public static RouteGroupBuilder MapStaffGroup(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        endpoints.MapApiGroup(prefix, tag).WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));

    /// <summary>
    /// Names the request the route sends, and derives from it what the route must check before reading the body: the
    /// request's <see cref="RequiresStaffPermissionAttribute"/> becomes the route's, so the permission is declared on
    /// the request alone and the pipeline and the route can never disagree.
    /// </summary>
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder builder)
        where TRequest : IBaseRequest =>
        builder.WithMetadata([new RequestTypeMetadata(typeof(TRequest)), .. typeof(TRequest).GetCustomAttributes(typeof(RequiresStaffPermissionAttribute), inherit: true)]);

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

    /// <summary>
    /// Requires a staff member whose role grants <paramref name="permission"/>; checked before the body is read. For a
    /// route that sends no request (figures kept in-process); a route that sends one says <see cref="Sends{TRequest}"/>.
    /// </summary>
    public static TBuilder RequireStaffPermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresStaffPermissionAttribute(permission));

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

/// <summary>The request a route sends, as route metadata (<see cref="EndpointConventions.Sends{TRequest}"/>).</summary>
public sealed record RequestTypeMetadata(Type RequestType);
