namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>An API host whose DNS look-ups go to a <see cref="LoopbackDnsServer"/> the tests fill, with a short time-out.</summary>
public sealed class DnsApiFixture : ApiFixture
{
    public const int DnsTimeoutMilliseconds = 400;

    public LoopbackDnsServer Dns { get; } = new();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Dns.DisposeAsync();
    }

    protected override Dictionary<string, string> HostSettings()
    {
        var settings = base.HostSettings();
        settings["Deliverability:NameServers:0"] = Dns.Endpoint;
        settings["Deliverability:DnsTimeoutMilliseconds"] = DnsTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Deliverability:DnsRetries"] = "0";
        return settings;
    }
}
