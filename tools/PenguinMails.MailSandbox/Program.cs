using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using MimeKit;
using Npgsql;

namespace PenguinMails.MailSandbox;

/// <summary>
/// The local mail sandbox of build/run.sh (README, "The mail sandbox"). <c>serve</c>: an SMTP server keeping every
/// message in the mail directory, and a DNS server publishing the records of domains under .test (read with
/// ConnectionStrings__Platform) and relaying every other query to the machine's name server. <c>list</c>: the kept
/// messages, newest first.
/// </summary>
internal static class MailSandboxProgram
{
    public static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync($"mail sandbox: {exception.Message}");
            return 2;
        }

        if (options.Verb == "list")
        {
            return List(options.MailDirectory);
        }

        if (options.Verb != "serve")
        {
            await Console.Error.WriteLineAsync("usage: PenguinMails.MailSandbox serve|list [--smtp ip:port] [--dns ip:port] [--mail-dir DIR] [--upstream ip[:port]|none]");
            return 2;
        }

        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Platform");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync("mail sandbox: ConnectionStrings__Platform must name the database whose .test domains the DNS server publishes");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        await using var database = NpgsqlDataSource.Create(connectionString);
        var log = TextWriter.Synchronized(Console.Out);
        try
        {
            await using var dns = new SandboxDnsServer(options.Dns, new PublishedRecords(database), options.Upstream, log);
            await using var smtp = new SandboxSmtpServer(options.Smtp, options.MailDirectory, log);
            await log.WriteLineAsync($"mail sandbox: SMTP on {options.Smtp}, DNS on {dns.Endpoint} (.test from the database, the rest via {options.Upstream?.ToString() ?? "nobody"}), messages in {smtp.MailDirectory}");
            // The SMTP server only ends early when it could not listen (the port taken, say).
            var stopped = Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            if (await Task.WhenAny(smtp.Completion, stopped) == smtp.Completion)
            {
                await smtp.Completion;
                return 1;
            }

            return 0;
        }
        catch (SocketException exception)
        {
            await Console.Error.WriteLineAsync($"mail sandbox: cannot listen: {exception.Message}");
            return 1;
        }
    }

    private static int List(string directory)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml").OrderDescending(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            Console.WriteLine($"no messages in {Path.GetFullPath(directory)}");
            return 0;
        }

        foreach (var file in files)
        {
            var message = MimeMessage.Load(file);
            Console.WriteLine($"{Path.GetFileName(file)}  {message.Date.UtcDateTime:u}  {message.From} -> {message.To}  {message.Subject}");
        }

        return 0;
    }
}

internal sealed record Options(string Verb, IPEndPoint Smtp, IPEndPoint Dns, string MailDirectory, IPEndPoint? Upstream)
{
    public static Options Parse(string[] args)
    {
        var verbGiven = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = verbGiven ? 1 : 0; i < args.Length; i += 2)
        {
            named[args[i]] = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
        }

        var upstream = named.GetValueOrDefault("--upstream");
        return new Options(
            verbGiven ? args[0] : "serve",
            Endpoint(named.GetValueOrDefault("--smtp", "127.0.0.1:2525"), 25),
            Endpoint(named.GetValueOrDefault("--dns", "127.0.0.1:55353"), 53),
            named.GetValueOrDefault("--mail-dir", ".local/mail"),
            upstream == "none" ? null : upstream is null ? MachineNameServer() : Endpoint(upstream, 53));
    }

    private static IPEndPoint Endpoint(string text, int defaultPort) =>
        IPEndPoint.TryParse(text, out var endpoint)
            ? endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, defaultPort) : endpoint
            : throw new ArgumentException($"'{text}' is not an IP address with an optional port");

    /// <summary>The first name server of /etc/resolv.conf: where queries outside .test go.</summary>
    private static IPEndPoint? MachineNameServer()
    {
        const string resolvConf = "/etc/resolv.conf";
        if (!File.Exists(resolvConf))
        {
            return null;
        }

        return File.ReadLines(resolvConf)
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words is ["nameserver", _, ..] && IPAddress.TryParse(words[1], out _))
            .Select(words => new IPEndPoint(IPAddress.Parse(words[1]), 53))
            .FirstOrDefault();
    }
}
