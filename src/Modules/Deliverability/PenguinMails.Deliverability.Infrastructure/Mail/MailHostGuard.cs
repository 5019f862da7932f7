using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PenguinMails.Deliverability.Application;

namespace PenguinMails.Deliverability.Infrastructure.Mail;

/// <summary>
/// Where the platform may connect for a tenant's mailbox. A tenant names its SMTP (and IMAP) host; unchecked, a test
/// send to 10.0.0.5:5432 or 169.254.169.254:80 would tell it what listens inside the platform's network. The host is
/// resolved here and only public addresses are returned, so the connection goes to the address that was checked (a
/// name that resolves differently a moment later gains nothing). <c>Deliverability:AllowPrivateMailHosts</c> lifts the
/// rule for the mail sandbox and tests on loopback.
/// </summary>
internal sealed class MailHostGuard(IOptions<DeliverabilityOptions> options)
{
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await System.Net.Dns.GetHostAddressesAsync(host, cancellationToken);
        if (options.Value.AllowPrivateMailHosts)
        {
            return addresses;
        }

        var allowed = addresses.Where(IsPublic).ToArray();
        return allowed.Length > 0
            ? allowed
            : throw new MailHostRefusedException($"{host} resolves only to loopback, private or otherwise non-public addresses, which the platform does not connect to.");
    }

    /// <summary>Globally routable unicast: not loopback, private (RFC 1918, RFC 4193), shared (RFC 6598), link-local, multicast, reserved or unspecified.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        var bytes = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetworkV6
            && !IPAddress.IsLoopback(address) && !address.Equals(IPAddress.IPv6None) && !address.IsIPv6LinkLocal && !address.IsIPv6SiteLocal
            && !address.IsIPv6Multicast && !address.IsIPv6UniqueLocal && !address.IsIPv6Teredo
            && !(bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8) // 2001:db8::/32, documentation
            && !(bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b); // 64:ff9b::/96 NAT64 can reach IPv4 private space
    }
}

/// <summary>The account's host is not one the platform connects to.</summary>
internal sealed class MailHostRefusedException(string message) : Exception(message);
