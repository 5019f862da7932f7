using System.Net;
using Microsoft.Extensions.Options;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Infrastructure.Mail;

namespace PenguinMails.UnitTests.Deliverability;

public sealed class MailHostGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("192.0.2.10")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    [InlineData("2001:db8::1")]
    public void A_non_public_address_is_not_connected_to(string address) => Assert.False(MailHostGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("193.0.2.10")]
    [InlineData("2a00:1450:4001::1")]
    [InlineData("::ffff:8.8.4.4")]
    public void A_public_address_is_connected_to(string address) => Assert.True(MailHostGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task A_literal_private_address_is_refused_with_the_reason()
    {
        var guard = new MailHostGuard(Options.Create(new DeliverabilityOptions()));

        var refused = await Assert.ThrowsAsync<MailHostRefusedException>(() => guard.ResolveAsync("10.1.2.3", CancellationToken.None));

        Assert.Contains("10.1.2.3", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_private_hosts_allowed_loopback_is_returned_as_is()
    {
        var guard = new MailHostGuard(Options.Create(new DeliverabilityOptions { AllowPrivateMailHosts = true }));

        Assert.Equal([IPAddress.Loopback], await guard.ResolveAsync("127.0.0.1", CancellationToken.None));
    }
}
