using System.Net;
using FluentValidation;

namespace PenguinMails.Deliverability.Application.Sending;

/// <summary>Input rules of the sending-infrastructure requests.</summary>
internal static class SendingRules
{
    /// <summary>Null passes; otherwise an IPv4 or IPv6 address in its usual text form.</summary>
    public static IRuleBuilderOptions<T, string?> ValidIpAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(45)
            .Must(ip => ip is null || (IPAddress.TryParse(ip, out var address) && ip.Contains(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? '.' : ':')))
            .WithMessage("'{PropertyName}' must be an IPv4 or IPv6 address.");

    /// <summary>Null passes; otherwise a non-negative amount with at most two decimals that fits its column.</summary>
    public static IRuleBuilderOptions<T, decimal?> ValidMoney<T>(this IRuleBuilder<T, decimal?> rule, decimal max) =>
        rule.InclusiveBetween(0, max).Must(m => m is null || decimal.Round(m.Value, 2) == m.Value).WithMessage("'{PropertyName}' has at most two decimals.");

    /// <summary>Normalises an IP address's text (IPv6 compressed, lower-case), so one address is stored one way.</summary>
    public static string Canonical(string ip) => IPAddress.Parse(ip).ToString();
}
