using Npgsql;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>
/// A PgBouncer of the test's own (build/pgbouncer.sh on a free port) in transaction pooling mode in front of the test
/// server: every database of that server is reachable through it, clients share its few server connections, and a
/// server connection changes hands after every transaction.
/// </summary>
public sealed class PgBouncerProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;

    private PgBouncerProcess(int port, int poolSize)
    {
        Port = port;
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString);
        _environment = new Dictionary<string, string>
        {
            ["PENGUINMAILS_PGBOUNCER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PENGUINMAILS_PGBOUNCER_DIR"] = Path.Combine(BuildScripts.RepositoryRoot, ".local", $"pgbouncer-test-{port}"),
            ["PENGUINMAILS_PGBOUNCER_POOL_SIZE"] = poolSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PENGUINMAILS_PG_HOST"] = server.Host ?? "127.0.0.1",
            ["PENGUINMAILS_PG_PORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public int Port { get; }

    /// <param name="poolSize">Server connections per database and role.</param>
    public static async Task<PgBouncerProcess> StartAsync(int poolSize)
    {
        var bouncer = new PgBouncerProcess(BuildScripts.FreePort(), poolSize);
        await BuildScripts.RunAsync("pgbouncer.sh", "start", bouncer._environment);
        return bouncer;
    }

    /// <summary>
    /// The role's connection to the database through PgBouncer, set as the README says to run the API behind it: no
    /// automatic preparation (PgBouncer before 1.21 cannot carry prepared statements across server connections) and
    /// no reset on close (there is no session to reset).
    /// </summary>
    public string ConnectionString(string database, string role) =>
        new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(database, role))
        {
            Host = "127.0.0.1", Port = Port, MaxAutoPrepare = 0, NoResetOnClose = true,
        }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        await BuildScripts.RunAsync("pgbouncer.sh", "stop", _environment);
        Directory.Delete(_environment["PENGUINMAILS_PGBOUNCER_DIR"], recursive: true);
    }
}

/// <summary>A test class's database, the API's and the platform's roles reaching it through a PgBouncer of its own.</summary>
public sealed class PgBouncerApiFixture : ApiFixture
{
    private PgBouncerProcess? _bouncer;

    public override string AppConnectionString => Bouncer.ConnectionString(Name, TestPostgres.AppRole);

    public override string PlatformConnectionString => Bouncer.ConnectionString(Name, TestPostgres.PlatformRole);

    private PgBouncerProcess Bouncer => _bouncer ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>Rate limits counted as in production (folded into the database every 250 ms), not on every request.</summary>
    protected override Dictionary<string, string> HostSettings()
    {
        var settings = base.HostSettings();
        settings.Remove("Billing:RateLimitSyncMilliseconds");
        return settings;
    }

    public override async Task InitializeAsync()
    {
        _bouncer = await PgBouncerProcess.StartAsync(poolSize: 10);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Bouncer.DisposeAsync();
    }
}

/// <summary>Tenants a and b seeded as for the row-security tests, the API's role reaching them through a PgBouncer with one server connection.</summary>
public sealed class TwoTenantsThroughPgBouncerFixture : TwoTenantsFixture
{
    private PgBouncerProcess? _bouncer;

    public override string AppConnectionString => Bouncer.ConnectionString(Name, TestPostgres.AppRole);

    private PgBouncerProcess Bouncer => _bouncer ?? throw new InvalidOperationException("Not initialized.");

    public override async Task InitializeAsync()
    {
        _bouncer = await PgBouncerProcess.StartAsync(poolSize: 1);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Bouncer.DisposeAsync();
    }
}
