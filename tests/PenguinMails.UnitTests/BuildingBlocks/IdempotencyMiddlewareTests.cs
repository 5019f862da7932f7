using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using PenguinMails.BuildingBlocks.Api.Middleware;
using PenguinMails.BuildingBlocks.Application.Security;

namespace PenguinMails.UnitTests.BuildingBlocks;

/// <summary>What the middleware does with a key's claim: complete it, give it up, or answer from it.</summary>
public sealed class IdempotencyMiddlewareTests
{
    private const string Key = "key-1";
    private readonly IIdempotencyStore _store = Substitute.For<IIdempotencyStore>();
    private readonly RequestCaller _caller = new();
    private readonly IProblemDetailsService _problems = Substitute.For<IProblemDetailsService>();

    public IdempotencyMiddlewareTests()
    {
        _caller.Set(Guid.NewGuid(), Guid.NewGuid(), ["owner"]);
    }

    [Fact]
    public async Task Invoke_WhenTheClaimedRequestAnswers201_StoresTheAnswer()
    {
        await InvokeAsync(context => { context.Response.StatusCode = 201; return context.Response.WriteAsync("{}"); });

        await _store.Received(1).CompleteAsync(Arg.Any<IdempotencyScope>(), Key, Arg.Is<StoredResponse>(r => r.Status == 201), Arg.Any<CancellationToken>());
        await _store.DidNotReceiveWithAnyArgs().AbandonAsync(default!, default!);
    }

    [Fact]
    public async Task Invoke_WhenTheClientLeftAfterTheWorkWasDone_StillStoresTheAnswer()
    {
        // Writing the answer to a client that has gone fails, as it should; storing it must not.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InvokeAsync(context =>
        {
            context.Response.StatusCode = 201;
            context.RequestAborted = new CancellationToken(canceled: true);
            return Task.CompletedTask;
        }));

        await _store.Received(1).CompleteAsync(Arg.Any<IdempotencyScope>(), Key, Arg.Any<StoredResponse>(), CancellationToken.None);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Invoke_WhenTheClaimedRequestDidNotDoTheWork_GivesTheClaimUp(int status)
    {
        await InvokeAsync(context => { context.Response.StatusCode = status; return Task.CompletedTask; });

        await _store.Received(1).AbandonAsync(Arg.Any<IdempotencyScope>(), Key);
        await _store.DidNotReceiveWithAnyArgs().CompleteAsync(default!, default!, default!, default);
    }

    [Fact]
    public async Task Invoke_WhenTheClaimedRequestThrows_GivesTheClaimUpAndRethrows()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => InvokeAsync(_ => throw new TimeoutException()));

        await _store.Received(1).AbandonAsync(Arg.Any<IdempotencyScope>(), Key);
    }

    [Fact]
    public async Task Invoke_WhenGivingTheClaimUpFailsToo_RethrowsTheRequestsOwnFailure()
    {
        _store.AbandonAsync(default!, default!).ReturnsForAnyArgs(Task.FromException(new TimeoutException("database gone")));

        var thrown = await Assert.ThrowsAsync<InvalidCastException>(() => InvokeAsync(_ => throw new InvalidCastException("the request's")));

        Assert.Equal("the request's", thrown.Message);
    }

    [Fact]
    public async Task Invoke_WhenTheSameRequestStillRuns_Answers409InUseWithRetryAfterAndRunsNothing()
    {
        var ran = false;
        var context = await InvokeAsync(_ => { ran = true; return Task.CompletedTask; }, taken: hash => new IdempotencyRecord(hash, null));

        Assert.False(ran);
        Assert.Equal(409, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        await _problems.Received(1).WriteAsync(Arg.Is<ProblemDetailsContext>(p => p.ProblemDetails.Type!.EndsWith("idempotency-key-in-use", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Invoke_WhenAnotherRequestHoldsTheKey_Answers409ReusedAndRunsNothing()
    {
        var ran = false;
        var context = await InvokeAsync(_ => { ran = true; return Task.CompletedTask; }, taken: _ => new IdempotencyRecord(new byte[32], null));

        Assert.False(ran);
        Assert.Equal(409, context.Response.StatusCode);
        await _problems.Received(1).WriteAsync(Arg.Is<ProblemDetailsContext>(p => p.ProblemDetails.Type!.EndsWith("idempotency-key-reused", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Invoke_WhenTheAnswerIsStored_ReplaysItAndRunsNothing()
    {
        var ran = false;
        var context = await InvokeAsync(_ => { ran = true; return Task.CompletedTask; },
            taken: hash => new IdempotencyRecord(hash, new StoredResponse(201, "application/json", "/api/v1/templates/1", "{\"id\":1}"u8.ToArray())));

        Assert.False(ran);
        Assert.Equal((201, "true", "/api/v1/templates/1"), (context.Response.StatusCode, context.Response.Headers["Idempotent-Replayed"].ToString(), context.Response.Headers.Location.ToString()));
    }

    private async Task<HttpContext> InvokeAsync(RequestDelegate next, Func<byte[], IdempotencyRecord>? taken = null)
    {
        const string body = "{\"name\":\"x\"}";
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton(_store).BuildServiceProvider() };
        context.Request.Method = "POST";
        context.Request.Path = "/api/v1/templates";
        context.Request.Headers[IdempotencyMiddleware.Header] = Key;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Response.Body = new MemoryStream();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"POST /api/v1/templates\n{_caller.UserId}  owner\n" + body));
        _store.ClaimAsync(default!, default!, default!, default).ReturnsForAnyArgs(taken?.Invoke(hash));

        await new IdempotencyMiddleware(next).InvokeAsync(context, _caller, _problems);
        return context;
    }
}
