using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Ports;

internal enum DnsQueryKind
{
    Txt,
    Mx,
    A,
}

/// <summary>
/// Looks names up against the configured name servers, bypassing any cache. Never throws for DNS trouble: a
/// time-out, a failure or an unreadable answer comes back as a <see cref="DnsAnswer"/> saying so.
/// </summary>
internal interface IDnsResolver
{
    Task<DnsAnswer> QueryAsync(string name, DnsQueryKind kind, CancellationToken cancellationToken);
}
