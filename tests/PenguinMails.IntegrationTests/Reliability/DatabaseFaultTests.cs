using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PenguinMails.BuildingBlocks.Infrastructure.Migrations;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.Database;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL stopped under load and started again, on a server of this class's own (build/db.sh on a free port):
/// requests fail fast with 503, readiness reports the outage and recovers by itself, and every write the API
/// acknowledged is there afterwards.
/// </summary>
public sealed class DatabaseFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan RequestTimeLimit = TimeSpan.FromSeconds(5);
    private readonly int _port = BuildScripts.FreePort();
    private readonly string _root = BuildScripts.RepositoryRoot;
    private ApiFactory? _api;

    private string Data => Path.Combine(_root, ".local", $"pg-fault-{_port}");

    private string Connection(string role) => $"Host=127.0.0.1;Port={_port};Database=penguinmails;Username={role};Timeout=2;Command Timeout=5";

    public async Task InitializeAsync()
    {
        await DatabaseAsync("start");
        new DatabaseMigrator(PenguinMailsDatabase.Migrations, NullLogger<DatabaseMigrator>.Instance).Migrate(Connection(TestPostgres.OwnerRole));
        new DatabaseMigrator(PenguinMailsDatabase.ContentMigrations, NullLogger<DatabaseMigrator>.Instance).Migrate(ContentConnections.Derive(Connection(TestPostgres.OwnerRole)));
        _api = new ApiFactory(Connection(TestPostgres.AppRole), new Dictionary<string, string>
        {
            ["ConnectionStrings:Platform"] = Connection(TestPostgres.PlatformRole),
            ["Billing:RollOverIntervalSeconds"] = "86400",
            ["Deliverability:RecheckPollSeconds"] = "0",
            ["Observability:Metrics:IntervalSeconds"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        await DatabaseAsync("stop");
        Directory.Delete(Data, recursive: true);
        File.Delete(Data + ".log");
    }

    [Fact]
    public async Task An_outage_under_load_fails_fast_with_503_recovers_on_its_own_and_loses_no_acknowledged_write()
    {
        var identity = new IdentityClient(_api!);
        var owner = await identity.SignUpVerifiedAsync();
        var acknowledged = new ConcurrentBag<string>();
        var answers = new ConcurrentBag<(HttpStatusCode Status, TimeSpan Took)>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var client = identity.As(owner);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var email = $"w{worker}-{i}@fault.example";
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsJsonAsync("/api/v1/leads", new { email });
                answers.Add((response.StatusCode, Stopwatch.GetElapsedTime(started)));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add(email);
                }
            }
        })).ToList();

        await WaitForAsync(() => acknowledged.Count >= 20, TimeSpan.FromSeconds(30));
        await DatabaseAsync("stop");
        await WaitForAsync(() => answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable) >= 20, TimeSpan.FromSeconds(30));
        var ready = await identity.Anonymous().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        await DatabaseAsync("start");
        var back = Stopwatch.StartNew();
        await WaitForAsync(async () => (await identity.Anonymous().GetAsync("/health/ready")).IsSuccessStatusCode, TimeSpan.FromSeconds(5));
        var recovery = back.Elapsed;
        var beforeReturn = acknowledged.Count;
        await WaitForAsync(() => acknowledged.Count >= beforeReturn + 20, TimeSpan.FromSeconds(10)); // writes succeed again
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.InRange(recovery, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        var unexpected = _api!.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error && e.Exception is not null).Select(e => e.Exception!).ToList();
        Assert.True(answers.All(a => a.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable),
            string.Join('\n', answers.Select(a => a.Status).Distinct()) + "\n" + string.Join("\n---\n", unexpected.Take(3)));
        Assert.All(answers, a => Assert.True(a.Took < RequestTimeLimit, $"a request took {a.Took.TotalSeconds:F1} s"));
        var stored = await StoredEmailsAsync(owner.TenantId);
        Assert.Empty(acknowledged.Except(stored));
    }

    [Fact]
    public async Task An_import_cut_by_an_outage_stores_nothing_it_did_not_report()
    {
        var identity = new IdentityClient(_api!);
        var owner = await identity.SignUpVerifiedAsync();
        var csv = new StringBuilder("email,name\n");
        for (var i = 0; i < 200_000; i++)
        {
            csv.Append("cut").Append(i).Append("@fault.example,Row ").Append(i).Append('\n');
        }

        var import = identity.As(owner).PostAsync("/api/v1/leads/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        await WaitForAsync(async () => await ActiveImportAsync(), TimeSpan.FromSeconds(30));
        await DatabaseAsync("stop");
        using var response = await import;
        await DatabaseAsync("start");
        await WaitForAsync(async () => (await identity.Anonymous().GetAsync("/health/ready")).IsSuccessStatusCode, TimeSpan.FromSeconds(5));

        var stored = (await StoredEmailsAsync(owner.TenantId)).Count;
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inserted").GetInt32(), stored);
        }
        else
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(0, stored);
        }
    }

    private async Task<bool> ActiveImportAsync()
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={_port};Database=penguinmails;Username=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE query ILIKE 'COPY%'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private async Task<HashSet<string>> StoredEmailsAsync(Guid tenantId)
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={_port};Database=penguinmails;Username=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT email FROM leads WHERE tenant_id = '{tenantId}'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var emails = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            emails.Add(reader.GetString(0));
        }

        return emails;
    }

    /// <summary>Polls a condition until it holds or the deadline passes (then fails).</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not yet
            }

            Assert.True(watch.Elapsed < deadline, $"not within {deadline.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    private static Task WaitForAsync(Func<bool> condition, TimeSpan deadline) => WaitForAsync(() => Task.FromResult(condition()), deadline);

    private Task DatabaseAsync(string action) => BuildScripts.RunAsync("db.sh", action, new Dictionary<string, string>
    {
        ["PENGUINMAILS_PG_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PENGUINMAILS_PG_DATA"] = Data,
    });
}
