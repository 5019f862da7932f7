using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PenguinMails.BuildingBlocks.Api.Errors;
using PenguinMails.BuildingBlocks.Api.Middleware;
using PenguinMails.BuildingBlocks.Application.Behaviors;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Infrastructure.Observability;

namespace PenguinMails.UnitTests.BuildingBlocks;

public sealed class ObservabilityRuleTests
{
    public sealed record ChangeSecretCommand(string Key) : ICommand<int>, ISecurityIncidentCommand<int>
    {
        public SecurityIncident DescribeIncident(int response) => new("config_changed", Key);
    }

    public sealed record PlainCommand : ICommand<int>;

    [Fact]
    public void RepeatedForbidden_WhenTheThresholdIsReached_ReportsOncePerWindow()
    {
        var clock = new FakeTimeProvider();
        var detector = new RepeatedForbiddenDetector(clock, Options.Create(new SecurityMonitoringOptions { RepeatedForbiddenThreshold = 3, RepeatedForbiddenWindowSeconds = 60 }));

        var counts = Enumerable.Range(0, 5).Select(_ => detector.Count("user:a")).ToList();
        clock.Advance(TimeSpan.FromSeconds(60));
        var nextWindow = Enumerable.Range(0, 3).Select(_ => detector.Count("user:a")).ToList();

        Assert.Equal([null, null, 3, null, null], counts);
        Assert.Equal([null, null, 3], nextWindow);
        Assert.Null(detector.Count("user:b"));
    }

    [Fact]
    public void RepeatedForbidden_WhenThe403sAreSpreadOverWindows_NeverReports()
    {
        var clock = new FakeTimeProvider();
        var detector = new RepeatedForbiddenDetector(clock, Options.Create(new SecurityMonitoringOptions { RepeatedForbiddenThreshold = 3, RepeatedForbiddenWindowSeconds = 60 }));

        var counts = Enumerable.Range(0, 6).Select(_ =>
        {
            var count = detector.Count("ip:203.0.113.9");
            clock.Advance(TimeSpan.FromSeconds(31));
            return count;
        }).ToList();

        Assert.All(counts, Assert.Null);
    }

    [Fact]
    public void LatencyPercentiles_AreTheUpperBoundOfTheBucketHoldingTheRank()
    {
        var buckets = new long[LatencyBuckets.Count];
        foreach (var ms in Enumerable.Range(1, 100))
        {
            buckets[LatencyBuckets.IndexOf(TimeSpan.FromMilliseconds(ms))]++;
        }

        Assert.InRange(LatencyBuckets.Percentile(buckets, 0.50), 50, 55);
        Assert.InRange(LatencyBuckets.Percentile(buckets, 0.99), 99, 109);
        Assert.Equal(0, LatencyBuckets.Percentile(new long[LatencyBuckets.Count], 0.5));
    }

    [Fact]
    public void RouteSample_Minus_GivesTheIntervalsCounts()
    {
        var earlier = new RouteSample("GET /x", 10, 2, 1, 10_000, [5, 5]);
        var later = new RouteSample("GET /x", 15, 3, 1, 16_000, [7, 8]);

        var interval = later.Minus(earlier);

        Assert.Equal((5L, 1L, 0L, 6_000L), (interval.Requests, interval.ClientErrors, interval.ServerErrors, interval.TotalMicroseconds));
        Assert.Equal([2L, 3L], interval.Buckets);
    }

    [Fact]
    public async Task SecurityIncident_WhenTheCommandSucceeds_IsRecordedAfterCommit()
    {
        var security = Substitute.For<ISecurityEvents>();
        var unitOfWork = Substitute.For<IUnitOfWork>();
        Func<CancellationToken, Task>? afterCommit = null;
        unitOfWork.OnCommittedAsync(Arg.Do<Func<CancellationToken, Task>>(a => afterCommit = a), Arg.Any<CancellationToken>()).Returns(Task.CompletedTask);
        var behavior = new SecurityIncidentBehavior<ChangeSecretCommand, int>(security, unitOfWork);

        await behavior.Handle(new ChangeSecretCommand("stripe.secret_key"), CancellationToken.None, () => Task.FromResult(1));
        security.DidNotReceiveWithAnyArgs().Record(default!, default!);
        await afterCommit!(CancellationToken.None);

        security.Received(1).Record(SecurityEventNames.SecurityIncidents, "config_changed", null,
            Arg.Is<IReadOnlyDictionary<string, object?>>(d => Equals(d["subject"], "stripe.secret_key")));
    }

    [Fact]
    public async Task SecurityIncident_WhenTheCommandFails_IsNotRecorded()
    {
        var security = Substitute.For<ISecurityEvents>();
        var unitOfWork = Substitute.For<IUnitOfWork>();
        var behavior = new SecurityIncidentBehavior<ChangeSecretCommand, int>(security, unitOfWork);

        await Assert.ThrowsAsync<ConflictException>(() =>
            behavior.Handle(new ChangeSecretCommand("k"), CancellationToken.None, () => throw new ConflictException("taken", "taken")));

        await unitOfWork.DidNotReceiveWithAnyArgs().OnCommittedAsync(default!, default);
    }

    [Fact]
    public async Task SecurityIncident_WhenTheCommandIsNotAnIncident_RegistersNothing()
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        var behavior = new SecurityIncidentBehavior<PlainCommand, int>(Substitute.For<ISecurityEvents>(), unitOfWork);

        await behavior.Handle(new PlainCommand(), CancellationToken.None, () => Task.FromResult(1));

        await unitOfWork.DidNotReceiveWithAnyArgs().OnCommittedAsync(default!, default);
    }

    [Fact]
    public async Task ExceptionHandler_WhenRowSecurityRefusedAWrite_Answers404AndRecordsOneSuspiciousEvent()
    {
        var security = Substitute.For<ISecurityEvents>();
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton(security).BuildServiceProvider() };
        var problems = Substitute.For<IProblemDetailsService>();
        problems.TryWriteAsync(Arg.Any<ProblemDetailsContext>()).Returns(true);
        var handler = new ProblemDetailsExceptionHandler([], problems, NullLogger<ProblemDetailsExceptionHandler>.Instance);

        await handler.TryHandleAsync(context, new NotFoundException("The resource was not found.") { RefusedByRowSecurity = true }, CancellationToken.None);

        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        security.Received(1).Record(SecurityEventNames.SuspiciousActivity, "cross_tenant_write_refused", null, null);
    }

    [Fact]
    public async Task ExceptionHandler_WhenAPlain404HasNoTenant_AsksNoProbeAndRecordsNothing()
    {
        var security = Substitute.For<ISecurityEvents>();
        var probe = Substitute.For<ICrossTenantProbe>();
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton(security).AddSingleton(probe).BuildServiceProvider() };
        context.Request.RouteValues["id"] = Guid.NewGuid().ToString();
        var problems = Substitute.For<IProblemDetailsService>();
        var handler = new ProblemDetailsExceptionHandler([], problems, NullLogger<ProblemDetailsExceptionHandler>.Instance);

        await handler.TryHandleAsync(context, NotFoundException.For("lead", Guid.NewGuid()), CancellationToken.None);

        await probe.DidNotReceiveWithAnyArgs().BelongsToAnotherTenantAsync(default, default!, default);
        security.DidNotReceiveWithAnyArgs().Record(default!, default!);
    }
}
