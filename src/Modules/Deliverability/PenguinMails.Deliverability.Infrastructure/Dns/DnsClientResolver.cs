using System.Net;
using System.Net.Sockets;
using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Options;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Application.Ports;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Infrastructure.Dns;

/// <summary>
/// <see cref="IDnsResolver"/> over DnsClient: the configured name servers (or the machine's), no cache (a user who
/// just published a record must see it), a bounded time per query, TCP when an answer is truncated.
/// </summary>
internal sealed class DnsClientResolver : IDnsResolver
{
    private readonly LookupClient _client;
    private readonly TimeSpan _timeout;

    public DnsClientResolver(IOptions<DeliverabilityOptions> options)
    {
        var settings = options.Value;
        _timeout = TimeSpan.FromMilliseconds(settings.DnsTimeoutMilliseconds);
        var lookup = settings.NameServers.Count == 0
            ? new LookupClientOptions()
            : new LookupClientOptions(settings.NameServers.Select(ParseEndpoint).ToArray());
        lookup.UseCache = false;
        lookup.Timeout = _timeout;
        lookup.Retries = settings.DnsRetries;
        lookup.ThrowDnsErrors = false;
        lookup.UseTcpFallback = true;
        lookup.ContinueOnDnsError = false;
        lookup.ContinueOnEmptyResponse = false;
        _client = new LookupClient(lookup);
    }

    public async Task<DnsAnswer> QueryAsync(string name, DnsQueryKind kind, CancellationToken cancellationToken)
    {
        IDnsQueryResponse response;
        try
        {
            response = await _client.QueryAsync(name, kind switch
            {
                DnsQueryKind.Mx => QueryType.MX,
                DnsQueryKind.A => QueryType.A,
                _ => QueryType.TXT,
            }, cancellationToken: cancellationToken);
        }
        catch (DnsResponseException exception) when (exception.Code == DnsResponseCode.ConnectionTimeout)
        {
            return DnsAnswer.TimedOut($"no answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DnsAnswer.TimedOut($"no answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (DnsResponseException exception)
        {
            return DnsAnswer.Failed(Describe(exception.Code));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A hostile or broken server's answer surfaces as whatever DnsClient's parser or socket tripped on.
            return DnsAnswer.Failed(exception is SocketException ? "the name server could not be reached" : "the name server's answer could not be read");
        }

        var code = (DnsResponseCode)response.Header.ResponseCode;
        if (code == DnsResponseCode.NotExistentDomain)
        {
            return DnsAnswer.NotFound();
        }

        if (response.HasError)
        {
            return DnsAnswer.Failed(Describe(code));
        }

        var answers = response.Answers;
        var ttls = answers.Select(r => r.InitialTimeToLive).ToList();
        return new DnsAnswer(
            DnsLookupOutcome.Answered,
            answers.OfType<TxtRecord>().Select(r => string.Concat(r.Text)).ToList(),
            answers.OfType<DnsClient.Protocol.MxRecord>().Select(r => new MailExchanger(r.Preference, r.Exchange.Value.TrimEnd('.'))).ToList(),
            answers.OfType<ARecord>().Select(r => r.Address.ToString()).ToList(),
            ttls.Count == 0 ? null : ttls.Min());
    }

    private static string Describe(DnsResponseCode code) => code switch
    {
        DnsResponseCode.ServerFailure => "the name server failed to answer (SERVFAIL)",
        DnsResponseCode.Refused => "the name server refused the query",
        DnsResponseCode.FormatError => "the name server could not read the query",
        DnsResponseCode.ConnectionTimeout => "no answer in time",
        // DnsClient reports an answer it could not parse, or a transport failure, as Unassigned.
        DnsResponseCode.Unassigned => "the name server's answer could not be read",
        _ => $"the name server answered {code}",
    };

    private static IPEndPoint ParseEndpoint(string server) =>
        IPEndPoint.TryParse(server, out var endpoint)
            ? endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint
            : throw new InvalidOperationException($"{DeliverabilityOptions.Section}:NameServers: '{server}' is not an IP address with an optional port.");
}
