using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using PenguinMails.BuildingBlocks.Api.Endpoints;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.BuildingBlocks.Api.Middleware;

/// <summary>
/// <c>Idempotency-Key</c> on a signed-in POST (keys are kept per tenant, or per user outside any tenant): the first
/// request with a key claims it, runs, and its answer (2xx or 4xx) is kept 24 hours; a retry of the same request (method,
/// path, body, and the same caller: user, API key and roles) gets that answer again (<c>Idempotent-Replayed: true</c>)
/// without running; the same key with another request or another caller is 409 <c>idempotency-key-reused</c>, so an
/// answer is never handed to a caller who could not have made the request; a retry while the first still runs, on any
/// instance, is 409 <c>idempotency-key-in-use</c> with <c>Retry-After</c>. A 5xx or 429, or a request that throws, gives
/// the claim up. A route that shows a secret once (<see cref="SecretResponseMetadata"/>) keeps only that it succeeded:
/// its retry is 409 <c>idempotency-key-secret-withheld</c>.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 255;

    public const string SecretWithheld = "idempotency-key-secret-withheld";

    public async Task InvokeAsync(HttpContext context, RequestCaller caller, IProblemDetailsService problems)
    {
        // A host without the database seam (the building blocks' own tests) has no store to keep answers in.
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(Header, out var values)
            || context.RequestServices.GetService(typeof(IIdempotencyStore)) is not IIdempotencyStore store)
        {
            await next(context);
            return;
        }

        if (values.Count != 1 || values[0] is not { Length: > 0 and <= MaxKeyLength } key || key.Any(c => c is < '!' or > '~'))
        {
            await RefuseAsync(context, problems, StatusCodes.Status400BadRequest, "invalid-idempotency-key",
                $"{Header} is one value of 1 to {MaxKeyLength} visible ASCII characters, such as a UUID.");
            return;
        }

        // An anonymous request (sign-up, sign-in) has no one to keep its answer for: a replay would hand its tokens to
        // whoever knew the key.
        if (caller.UserId is not { } userId)
        {
            await RefuseAsync(context, problems, StatusCodes.Status400BadRequest, "invalid-idempotency-key",
                $"{Header} is honoured on signed-in requests; leave it out here.");
            return;
        }

        var scope = new IdempotencyScope(caller.TenantId, userId);
        var hash = await HashAsync(context.Request, caller);
        if (await store.ClaimAsync(scope, key, hash, context.RequestAborted) is { } taken)
        {
            await AnswerTakenKeyAsync(context, problems, taken, hash);
            return;
        }

        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await AbandonAsync(store, scope, key);
            throw;
        }

        context.Response.Body = original;
        var status = context.Response.StatusCode;
        if (status is >= 200 and < 500 and not StatusCodes.Status429TooManyRequests)
        {
            // The work is done: its answer is kept even if the client has gone, so that its retry is a replay.
            var location = context.Response.Headers.Location.FirstOrDefault();
            var kept = status < 300 && context.GetEndpoint()?.Metadata.GetMetadata<SecretResponseMetadata>() is not null
                ? SecretWithheldAnswer(status, location, context.TraceIdentifier)
                : new StoredResponse(status, context.Response.ContentType, location, captured.ToArray());
            await store.CompleteAsync(scope, key, kept, CancellationToken.None);
        }
        else
        {
            // A 5xx or 429 did not do the work: a retry must run it.
            await AbandonAsync(store, scope, key);
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task AnswerTakenKeyAsync(HttpContext context, IProblemDetailsService problems, IdempotencyRecord taken, byte[] hash)
    {
        if (!CryptographicOperations.FixedTimeEquals(taken.RequestHash, hash))
        {
            await RefuseAsync(context, problems, StatusCodes.Status409Conflict, "idempotency-key-reused",
                $"This {Header} was used in the last 24 hours for a different request; use a new key for a new request.");
        }
        else if (taken.Response is not { } stored)
        {
            context.Response.Headers.RetryAfter = "1";
            await RefuseAsync(context, problems, StatusCodes.Status409Conflict, "idempotency-key-in-use",
                $"A request with this {Header} is still running; retry it after that request has answered.");
        }
        else
        {
            await ReplayAsync(context, stored);
        }
    }

    /// <summary>Best effort: when the database is what failed, the claim lapses after its lease instead.</summary>
    private static async Task AbandonAsync(IIdempotencyStore store, IdempotencyScope scope, string key)
    {
        try
        {
            await store.AbandonAsync(scope, key);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The original failure is the one the client is told about.
        }
    }

    /// <summary>
    /// What stands in for an answer that showed a secret: the request succeeded, and where its resource is. Its problem
    /// body is written now, in the same shape the API's other problems have.
    /// </summary>
    private static StoredResponse SecretWithheldAnswer(int status, string? location, string traceId)
    {
        var problem = new Dictionary<string, object?>
        {
            ["type"] = Errors.ProblemTypes.For(SecretWithheld),
            ["title"] = "Conflict",
            ["status"] = StatusCodes.Status409Conflict,
            ["detail"] = $"The request with this {Header} succeeded ({status}); its answer held a secret, shown once and not kept. "
                + "Read the resource for everything else, or make a new request with a new key for a new secret.",
            ["originalStatus"] = status,
            ["location"] = location,
            ["traceId"] = traceId,
        };
        return new StoredResponse(StatusCodes.Status409Conflict, "application/problem+json", location,
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(problem));
    }

    /// <summary>Method, path, query, body and caller: what makes two requests the same request.</summary>
    private static async Task<byte[]> HashAsync(HttpRequest request, RequestCaller caller)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var roles = string.Join(',', caller.Roles.Order(StringComparer.Ordinal));
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n{caller.UserId} {caller.ApiKeyId} {roles}\n"));
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        context.Response.StatusCode = stored.Status;
        context.Response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            context.Response.Headers.Location = stored.Location;
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static Task RefuseAsync(HttpContext context, IProblemDetailsService problems, int status, string code, string detail) =>
        Errors.ProblemResponses.WriteAsync(context, problems, status, code, status == StatusCodes.Status409Conflict ? "Conflict" : "Bad request", detail);
}
