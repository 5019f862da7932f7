using Microsoft.Extensions.Options;
using PenguinMails.Deliverability.Application.Ports;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Domains;

/// <summary>Looks every record of a domain up (at once: the slowest look-up bounds the wait) and records what it found.</summary>
internal sealed class DomainVerifier(IDnsResolver resolver, IOptions<DeliverabilityOptions> options, TimeProvider clock)
{
    public async Task VerifyAsync(SendingDomain domain, CancellationToken cancellationToken)
    {
        var platform = options.Value.Platform;
        var records = domain.DnsRecords?.Records ?? [];
        var answers = await Task.WhenAll(records.Select(r =>
            resolver.QueryAsync(r.FullName(domain.Domain), r.DnsType == "MX" ? DnsQueryKind.Mx : DnsQueryKind.Txt, cancellationToken)));

        var verdicts = new List<RecordVerdict>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var verdict = records[i].Check(domain.Domain, platform, answers[i]);
            if (records[i].RecordType == RecordKinds.Mx && verdict.Status == RecordStatus.Verified)
            {
                var addresses = await resolver.QueryAsync(records[i].Value.TrimEnd('.'), DnsQueryKind.A, cancellationToken);
                verdict = verdict with { MxHosts = addresses.Addresses };
            }

            verdicts.Add(verdict);
        }

        var ttls = answers.Where(a => a.Outcome == DnsLookupOutcome.Answered && a.MinTtl is not null).Select(a => a.MinTtl!.Value).ToList();
        domain.RecordVerification(verdicts, ttls.Count == 0 ? null : ttls.Min(), options.Value.Schedule, clock.GetUtcNow());
    }
}
