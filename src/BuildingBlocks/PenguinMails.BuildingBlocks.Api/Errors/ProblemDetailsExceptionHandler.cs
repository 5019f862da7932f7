using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using PenguinMails.BuildingBlocks.Application.Behaviors;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Security;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.BuildingBlocks.Api.Errors;

/// <summary>
/// The one place exceptions become HTTP answers: each known failure gets its RFC 9457 problem (400, 403, 404,
/// 409, 413, 415, 503); anything else is a 500 with a traceId and no internals. Infrastructure's translators
/// say first what their exceptions mean.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IEnumerable<IExceptionTranslator> translators,
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true; // The client left; nobody reads an answer.
        }

        var translated = translators.Select(t => t.Translate(exception)).FirstOrDefault(e => e is not null) ?? exception;
        if (translated is NotFoundException notFound)
        {
            await RecordCrossTenantAttemptAsync(httpContext, notFound);
        }

        var problem = ToProblem(translated);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception.GetType().Name, httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName, exception);
        }

        if (translated is ServiceUnavailableException)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// A 404 in a tenant is suspicious when the database refused a write across tenants, or when an id in the route
    /// belongs to another tenant; the client is told "not found" either way.
    /// </summary>
    private async Task RecordCrossTenantAttemptAsync(HttpContext httpContext, NotFoundException notFound)
    {
        var services = httpContext.RequestServices;
        if (services.GetService<ISecurityEvents>() is not { } security)
        {
            return;
        }

        if (notFound.RefusedByRowSecurity)
        {
            security.Record(SecurityEventNames.SuspiciousActivity, SuspiciousActivityReasons.CrossTenantWriteRefused);
            return;
        }

        var routeValues = httpContext.Features.Get<IExceptionHandlerFeature>()?.RouteValues ?? httpContext.Request.RouteValues;
        var ids = routeValues.Values.Select(v => Guid.TryParse(v?.ToString(), out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        if (services.GetService<ICurrentTenant>()?.TenantId is not { } tenantId || ids.Count == 0 || services.GetService<ICrossTenantProbe>() is not { } probe)
        {
            return;
        }

        try
        {
            if (await probe.BelongsToAnotherTenantAsync(tenantId, ids, httpContext.RequestAborted))
            {
                security.Record(SecurityEventNames.SuspiciousActivity, SuspiciousActivityReasons.CrossTenantObject,
                    details: new Dictionary<string, object?> { ["object_ids"] = ids.Select(id => id.ToString()).ToArray() });
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer is a 404 whatever the probe finds; a failed probe costs only the event.
            LogProbeFailed(logger, exception.GetType().Name);
        }
    }

    internal static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RequestValidationException e => Validation(e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value)),
        BadHttpRequestException e => FromBadRequest(e),
        NotFoundException e => Problem(StatusCodes.Status404NotFound, "not-found", "Not found", e.Message),
        ConflictException e => Problem(StatusCodes.Status409Conflict, e.Code, "Conflict", e.Message, e.Extensions),
        BusinessRuleViolationException e => Problem(StatusCodes.Status409Conflict, e.Rule.Code, "Conflict", e.Message),
        UnauthenticatedException e => Problem(StatusCodes.Status401Unauthorized, e.Code, "Unauthenticated", e.Message),
        PlanLimitExceededException e => Problem(StatusCodes.Status403Forbidden, "plan-limit-exceeded", "Plan limit exceeded", e.Message,
            new Dictionary<string, object?> { ["limit"] = e.Limit, ["max"] = e.Max, ["current"] = e.Current }),
        ForbiddenException e => Problem(StatusCodes.Status403Forbidden, e.Code, "Forbidden", e.Message, e.Extensions),
        UnsupportedMediaTypeException e => Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type", e.Message),
        ServiceUnavailableException e => Problem(StatusCodes.Status503ServiceUnavailable, "service-unavailable", "Service unavailable", e.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, "unexpected-error", "Unexpected error",
            "The server could not complete the request. Quote the traceId when reporting it."),
    };

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => Problem(exception.StatusCode, "payload-too-large", "Payload too large", "The request body is larger than this route accepts."),
        StatusCodes.Status415UnsupportedMediaType => Problem(exception.StatusCode, "unsupported-media-type", "Unsupported media type", "Send the body as application/json."),
        StatusCodes.Status400BadRequest => Validation(new Dictionary<string, string[]> { [BadRequestKey(exception)] = [BadRequestMessage(exception)] }),
        _ => Problem(exception.StatusCode, "bad-request", "Bad request", "The request could not be read."),
    };

    // Malformed JSON names the place it broke ("$.name" -> "name"); a parameter that did not bind names the parameter.
    private static string BadRequestKey(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException json when MissingProperty().Match(json.Message) is { Success: true } missing =>
            PropertyPath.ToCamelCase(string.Join('.', new[] { json.Path?.TrimStart('$', '.'), missing.Groups[1].Value }.Where(p => !string.IsNullOrEmpty(p)))),
        JsonException { Path: { Length: > 2 } path } => PropertyPath.ToCamelCase(path.TrimStart('$', '.')),
        _ when ParameterName().Match(exception.Message) is { Success: true } match => match.Groups[1].Value,
        _ => "body",
    };

    // "JSON deserialization for type 'X' was missing required properties including: 'tenantName'."
    [GeneratedRegex("missing required properties including: '([^']+)'", RegexOptions.None, 100)]
    private static partial Regex MissingProperty();

    // "Failed to bind parameter \"int? limit\" from \"abc\"." -> limit
    [GeneratedRegex("parameter \"(?:[^\"]* )?(\\w+)\"", RegexOptions.None, 100)]
    private static partial Regex ParameterName();

    private static string BadRequestMessage(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException json when MissingProperty().IsMatch(json.Message) => "This field is required.",
        JsonException { LineNumber: { } line, BytePositionInLine: { } position } =>
            $"The body is not valid JSON of the expected shape (line {line + 1}, position {position + 1}).",
        JsonException => "The body is not valid JSON of the expected shape.",
        _ when exception.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) => "A route or query value has the wrong format.",
        _ when exception.Message.StartsWith("Required parameter", StringComparison.Ordinal) => "A required value is missing.",
        _ when exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) => "The request body is missing or empty.",
        _ => "The request could not be read.",
    };

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Type = ProblemTypes.For("validation-error"),
        Title = "One or more validation errors occurred.",
        Detail = "See errors for the fields to correct.",
    };

    private static ProblemDetails Problem(int status, string code, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Type = ProblemTypes.For(code), Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell whether a 404 was a cross-tenant request ({ExceptionType})")]
    private static partial void LogProbeFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} on {Method} {Endpoint}")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, string method, string? endpoint, Exception exception);
}
