using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PenguinMails.BuildingBlocks.Api.Errors;
using PenguinMails.BuildingBlocks.Api.Json;
using PenguinMails.BuildingBlocks.Api.Middleware;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The HTTP conventions of ../shared/spec/api-conventions.md that every route shares.</summary>
    public static IServiceCollection AddBuildingBlocksApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (problem.Status == StatusCodes.Status415UnsupportedMediaType && context.Exception is null)
            {
                // Routing refused the body's media type against the route's declared ones: name them.
                var accepted = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes;
                problem.Type = ProblemTypes.For("unsupported-media-type");
                problem.Detail = accepted is { Count: > 0 } ? $"Send the body as {string.Join(" or ", accepted)}." : problem.Title;
            }

            problem.Detail ??= problem.Status switch
            {
                StatusCodes.Status404NotFound => "No resource or route matches this request.",
                StatusCodes.Status405MethodNotAllowed => "This route does not accept that method.",
                _ => problem.Title,
            };
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOptions<SecurityMonitoringOptions>().BindConfiguration(SecurityMonitoringOptions.Section)
            .Validate(o => o.RepeatedForbiddenThreshold > 0 && o.RepeatedForbiddenWindowSeconds > 0, "Observability:Security needs a positive threshold and window.")
            .ValidateOnStart();
        services.TryAddSingleton<RepeatedForbiddenDetector>();
        services.AddThrottling();
        services.TryAddScoped<ICallerResolver, NoIdentityCallerResolver>();

        // Minimal APIs throw on unreadable input, so malformed JSON, a wrong content type or an unparsable route
        // value reach the exception handler and get their problem body instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.MaxDepth = 32;
            options.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter());
        });
        return services;
    }

    /// <summary>
    /// Request id, request observation (metrics, repeated 403s), problem details for every error, routing, no NUL in the
    /// URL, the body limit, caller resolution, throttles of anonymous and account-changing routes, the tenant's rate limit and
    /// idempotent POSTs, in that order.
    /// </summary>
    public static WebApplication UseBuildingBlocksApi(this WebApplication app, long maxRequestBodyBytes)
    {
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<RequestObservationMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.Use(RequestObservationMiddleware.NameRoute);
        app.UseMiddleware<TextInputGuardMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>(maxRequestBodyBytes);
        app.UseMiddleware<CallerResolutionMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }
}
