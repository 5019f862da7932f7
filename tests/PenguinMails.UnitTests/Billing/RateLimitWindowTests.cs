using PenguinMails.Billing.Infrastructure.RateLimits;

namespace PenguinMails.UnitTests.Billing;

public sealed class RateLimitWindowTests
{
    private static readonly DateTimeOffset Minute = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Fresh = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void TryCountHere_WhenNothingIsKnown_AsksForASync()
    {
        Assert.Null(new TenantWindow().TryCountHere(Minute, Fresh));
    }

    [Fact]
    public void TryCountHere_WhileTheViewIsFresh_CountsHereOnTopOfTheSharedCount()
    {
        var window = new TenantWindow();
        window.TryCountHere(Minute, Fresh);
        window.Synced(Minute, sharedCount: 3, limit: 5, Minute.AddSeconds(10));

        var first = window.TryCountHere(Minute.AddSeconds(10.1), Fresh);
        var second = window.TryCountHere(Minute.AddSeconds(10.2), Fresh);

        Assert.Equal((1, false), (first!.Remaining, first.Exceeded));
        Assert.Equal((0, false), (second!.Remaining, second.Exceeded));
        Assert.True(window.TryCountHere(Minute.AddSeconds(10.2), Fresh)!.Exceeded);
        Assert.Equal(50, second.ResetSeconds);
    }

    [Fact]
    public void TryCountHere_WhenTheViewIsStale_SendsOneRequestToSyncAndCountsTheOthersHere()
    {
        var window = new TenantWindow();
        window.TryCountHere(Minute, Fresh);
        window.Synced(Minute, 1, 100, Minute);

        var syncing = window.TryCountHere(Minute.AddSeconds(1), Fresh);
        var meanwhile = window.TryCountHere(Minute.AddSeconds(1), Fresh);

        Assert.Null(syncing);
        Assert.NotNull(meanwhile);
        Assert.Equal(1, window.TakeUnsynced());
        Assert.Equal(0, window.TakeUnsynced());
    }

    [Fact]
    public void TryCountHere_WhenTheMinuteTurnsDuringASync_CountsTheNewMinuteFromZero()
    {
        var window = new TenantWindow();
        window.TryCountHere(Minute, Fresh);
        window.Synced(Minute, 5, 5, Minute.AddSeconds(59.9));
        Assert.Null(window.TryCountHere(Minute.AddSeconds(60.1), Fresh));

        var meanwhile = window.TryCountHere(Minute.AddSeconds(60.2), Fresh);

        Assert.Equal((4, false), (meanwhile!.Remaining, meanwhile.Exceeded));
    }

    [Fact]
    public void SyncFailed_KeepsTheRequestsCountedHereForTheNextSync()
    {
        var window = new TenantWindow();
        window.TryCountHere(Minute, Fresh);
        window.Synced(Minute, 1, 100, Minute);
        window.TryCountHere(Minute.AddMilliseconds(1), Fresh);
        window.TryCountHere(Minute.AddSeconds(1), Fresh);
        var taken = window.TakeUnsynced();

        window.SyncFailed(taken);

        Assert.Equal(1, window.TakeUnsynced());
    }

    [Fact]
    public void TryCountHere_WithNoSyncInterval_AlwaysAsksTheDatabase()
    {
        var window = new TenantWindow();
        window.TryCountHere(Minute, TimeSpan.Zero);
        window.Synced(Minute, 1, 100, Minute);

        Assert.Null(window.TryCountHere(Minute, TimeSpan.Zero));
        Assert.Null(window.TryCountHere(Minute, TimeSpan.Zero));
    }
}
