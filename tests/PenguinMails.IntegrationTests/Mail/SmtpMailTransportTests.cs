using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PenguinMails.Deliverability.Application;
using PenguinMails.Deliverability.Application.Mail;
using PenguinMails.Deliverability.Infrastructure.Mail;

namespace PenguinMails.IntegrationTests.Mail;

/// <summary>The SMTP transport against a real SMTP server on loopback: sessions kept per login, and where it refuses to connect.</summary>
public sealed class SmtpMailTransportTests : IAsyncLifetime
{
    private readonly SmtpSandbox _smtp = new("sender", "secret-1");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private SmtpMailTransport _transport = null!;

    public Task InitializeAsync()
    {
        _transport = Transport(allowPrivateHosts: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _transport.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task E_mails_of_one_login_share_one_session()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await SendAsync($"lead{i}@example.org")).Sent);
        }

        Assert.Equal((3, 1), (_smtp.Messages.Count, _smtp.Sessions));
    }

    [Fact]
    public async Task A_session_the_server_closed_while_idle_is_replaced_and_the_email_goes_once()
    {
        await SendAsync("first@example.org");
        _smtp.DropSessions();

        var outcome = await SendAsync("second@example.org");

        Assert.True(outcome.Sent, outcome.Reply);
        Assert.Equal(["first@example.org", "second@example.org"], _smtp.Messages.Select(m => m.To.Mailboxes.Single().Address));
        Assert.Equal(2, _smtp.Sessions);
    }

    [Fact]
    public async Task A_changed_password_logs_in_again_in_a_new_session()
    {
        await SendAsync("first@example.org");

        var outcome = await SendAsync("second@example.org", password: "not-the-password");

        Assert.Equal((false, DeliveryStages.Auth), (outcome.Sent, outcome.FailedAt));
        Assert.Equal((1, 2), (_smtp.Messages.Count, _smtp.Sessions));
    }

    [Fact]
    public async Task A_session_idle_past_the_limit_is_not_used_again()
    {
        await SendAsync("first@example.org");
        _clock.Advance(TimeSpan.FromSeconds(31));

        await SendAsync("second@example.org");

        Assert.Equal((2, 2), (_smtp.Messages.Count, _smtp.Sessions));
    }

    [Fact]
    public async Task An_email_stopped_before_DATA_on_a_kept_session_is_not_delivered_and_the_session_is_not_kept()
    {
        await SendAsync("first@example.org");

        var stopped = await SendAsync("stopped@example.org", beforeData: () => false);
        await SendAsync("third@example.org");

        Assert.Equal((false, true, false), (stopped.Sent, stopped.Aborted, stopped.DataStarted));
        Assert.Equal(["first@example.org", "third@example.org"], _smtp.Messages.Select(m => m.To.Mailboxes.Single().Address));
        Assert.Equal(2, _smtp.Sessions);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_host_on_a_loopback_address_is_refused_before_any_connection_unless_allowed(string host)
    {
        await using var strict = Transport(allowPrivateHosts: false);

        var outcome = await strict.SendAsync(new SmtpAccount(host, _smtp.Port, "none", "sender", "secret-1"), Email("lead@example.org"), CancellationToken.None);

        Assert.Equal((false, DeliveryStages.Connect), (outcome.Sent, outcome.FailedAt));
        Assert.Contains("non-public addresses", outcome.Reply, StringComparison.Ordinal);
        Assert.Equal((0, 0), (_smtp.Messages.Count, _smtp.Sessions));
    }

    private SmtpMailTransport Transport(bool allowPrivateHosts)
    {
        var options = Options.Create(new DeliverabilityOptions { AllowPrivateMailHosts = allowPrivateHosts, SmtpSessionIdleSeconds = 30 });
        return new SmtpMailTransport(new MailHostGuard(options), options, _clock);
    }

    private Task<DeliveryOutcome> SendAsync(string to, string password = "secret-1", Func<bool>? beforeData = null) =>
        _transport.SendAsync(new SmtpAccount("127.0.0.1", _smtp.Port, "none", "sender", password), Email(to), CancellationToken.None, beforeData);

    private static OutgoingEmail Email(string to) =>
        new("sales@sender.example", null, to, "Hello", "Hi there.", $"<{Guid.NewGuid():N}@sender.example>", [], null);
}
