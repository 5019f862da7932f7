using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PenguinMails.BuildingBlocks.Application.Observability;
using PenguinMails.Identity.Application.Ports;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>The real host over the ASP.NET Core test server, on its own database, connected as the API's role.</summary>
public sealed class ApiFactory(string apiConnectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>What the host would have e-mailed (verification and invitation links).</summary>
    internal Mailbox Mailbox { get; } = new();

    /// <summary>Every analytics event the host publishes.</summary>
    public CapturingEventSink Events { get; } = new();

    /// <summary>Every log entry the host writes, for "no secret is ever logged" checks.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Fresh keys per host: tokens from one test class's host mean nothing to another's.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Encrypts this host's Data Protection key ring (the secret store's keys).</summary>
    public string SecretsMasterKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Api", apiConnectionString)
            .UseSetting("Identity:SigningKey", SigningKey)
            .UseSetting("Identity:EncryptionKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)))
            .UseSetting("Secrets:MasterKey", SecretsMasterKey)
            // The real hasher at 1 % of production's iterations: the suite signs up hundreds of accounts on two cores.
            .UseSetting("Identity:PasswordHashIterations", "1000")
            // The suite signs up and signs in hundreds of times from one address; ThrottlingTests runs with real limits.
            .UseSetting("Security:Throttling:AnonymousPerClientPerMinute", "1000000")
            .UseSetting("Security:Throttling:AccountChangesPerUserPerHour", "1000000")
            // Tests drive the sending engine themselves (SendingEngine.RunUntilIdleAsync), so each sees exactly the rounds it asked for.
            .UseSetting("Sending:PollIntervalMilliseconds", "0")
            // The tests' SMTP servers listen on loopback; MailHostGuardTests shows the rule with it off.
            .UseSetting("Deliverability:AllowPrivateMailHosts", "true")
            .ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug))
            .ConfigureTestServices(services => services.AddSingleton<IEmailSender>(Mailbox).AddSingleton<IEventSink>(Events));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>A test class's database and an API host on it.</summary>
public class ApiFixture : DatabaseFixture
{
    private ApiFactory? _factory;

    public ApiFactory Factory => _factory ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>A new verified account made a staff member with the role, as <c>build/run.sh grant-staff</c> would.</summary>
    public async Task<Account> SignUpStaffAsync(string role = "super_admin")
    {
        var account = await new IdentityClient(Factory).SignUpVerifiedAsync(tenantName: "Staff home");
        await GrantStaffAsync(account.UserId, role);
        return account;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _factory = new ApiFactory(AppConnectionString, HostSettings());
    }

    /// <summary>
    /// The platform role's connection too (cross-tenant staff reads); the background jobs never run on their own
    /// during a test (the roll-over interval is a day, DNS re-checks are off): tests run them when they mean to.
    /// </summary>
    protected virtual Dictionary<string, string> HostSettings() => new()
    {
        ["ConnectionStrings:Platform"] = PlatformConnectionString,
        ["Billing:RollOverIntervalSeconds"] = "86400",
        ["Deliverability:RecheckPollSeconds"] = "0",
        ["Observability:Metrics:IntervalSeconds"] = "0",
        ["Billing:RateLimitSyncMilliseconds"] = "0", // every request counted in the database: exact across the hosts of a test
    };

    public override async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
