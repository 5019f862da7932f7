using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Security;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>
/// A whole journey at debug level, failures included, then every log entry and analytics event searched for every
/// secret the journey handled: passwords, tokens, two-factor secrets, API keys, DKIM keys, SMTP passwords,
/// sensitive configuration and the host's own keys.
/// </summary>
public sealed class SecretsInLogsTests(SecretsInLogsTests.VerboseApiFixture api) : IClassFixture<SecretsInLogsTests.VerboseApiFixture>
{
    /// <summary>The host logging everything, the framework's own categories included.</summary>
    public sealed class VerboseApiFixture : ApiFixture
    {
        protected override Dictionary<string, string> HostSettings()
        {
            var settings = base.HostSettings();
            settings["Logging:LogLevel:Default"] = "Trace";
            settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
            settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace";
            return settings;
        }
    }

    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task No_secret_of_a_full_journey_appears_in_any_log_line_or_event()
    {
        var secrets = new List<string> { api.Factory.SigningKey, api.Factory.SecretsMasterKey, IdentityClient.Password };

        // Sign-up, a failed and a successful sign-in, a malformed body carrying a password.
        var owner = await _identity.SignUpVerifiedAsync();
        secrets.Add(owner.Token);
        await _identity.LogInAsync(owner.Email, "Wrong password 123!");
        secrets.Add("Wrong password 123!");
        await _identity.Anonymous().PostAsync("/api/v1/auth/login", Json("""{"email":"x@example.com","password":"Malformed secret 9!" """));
        secrets.Add("Malformed secret 9!");
        const string newPassword = "A fresh password 42!";
        await _identity.As(owner.Token).PostAsJsonAsync("/api/v1/me/password", new { currentPassword = IdentityClient.Password, newPassword });
        secrets.Add(newPassword);

        // Two-factor enrolment: the shared secret and the code.
        var client = _identity.As(owner);
        var setup = await (await _identity.As(owner.Token).PostAsync("/api/v1/me/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        var totpSecret = setup.GetProperty("secret").GetString()!;
        secrets.Add(totpSecret);
        await _identity.As(owner.Token).PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = Totp.Code(totpSecret, DateTimeOffset.UtcNow) });

        // An API key, used once and misused once.
        var key = await (await client.PostAsJsonAsync("/api/v1/api-keys", new { name = "journey", scopes = new[] { "leads:read" } })).Content.ReadFromJsonAsync<JsonElement>();
        var token = key.GetProperty("token").GetString()!;
        secrets.Add(token);
        await _identity.As(token).GetAsync("/api/v1/leads");
        await _identity.As(token).PostAsJsonAsync("/api/v1/leads", new { email = "k@example.com" });

        // A domain (its DKIM private key) and a mailbox (its SMTP password), one refused for a bad port.
        var companyId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/companies")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var name = $"j{Guid.NewGuid():N}"[..12] + ".com";
        var domain = (await (await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await api.PlatformExecuteAsync($"UPDATE domains SET verification_status = 'verified' WHERE id = '{domain}'");
        const string smtpPassword = "Smtp-journey-pass-77";
        secrets.Add(smtpPassword);
        await client.PostAsJsonAsync("/api/v1/email-accounts", new
        {
            domainId = domain, email = $"bad@{name}", password = smtpPassword, smtpSettings = new { host = "smtp.example.com", port = 70000, security = "starttls", username = "bad" },
        });
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/email-accounts", new
        {
            domainId = domain, email = $"sales@{name}", password = smtpPassword, smtpSettings = new { host = "smtp.example.com", port = 587, security = "starttls", username = "sales" },
        })).StatusCode);
        var pem = await RevealAsync(owner, $"secret://dkim/{domain}/pm1");
        secrets.Add(pem.Split('\n')[2]); // a line of the private key's base64

        // Sensitive platform configuration, set by staff.
        await api.GrantStaffAsync(owner.UserId, "super_admin");
        const string stripeKey = "sk_live_journey_5f4e3d";
        secrets.Add(stripeKey);
        await _identity.As(owner.Token).PutAsync("/api/v1/admin/system-config/stripe.secret_key", Json($$"""{"value":"{{stripeKey}}","isSensitive":true}"""));

        var logged = api.Factory.Logs.Entries.Select(e => e.Text).ToList();
        var events = api.Factory.Events.Events.SelectMany(e => e.Properties.Values.Select(v => v?.ToString() ?? "")).ToList();
        Assert.True(logged.Count > 500, $"only {logged.Count} log entries: the journey did not run at trace level");
        Assert.Contains(logged, line => line.Contains(owner.TenantId.ToString(), StringComparison.Ordinal)); // the search reads what is logged
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logged, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(events, value => value.Contains(secret, StringComparison.Ordinal));
        }
    }

    private async Task<string> RevealAsync(Account owner, string reference)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(owner.UserId, owner.TenantId, ["owner"]);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        var revealed = await scope.ServiceProvider.GetRequiredService<ISecretStore>().RevealAsync(reference, CancellationToken.None);
        await unitOfWork.RollbackAsync(CancellationToken.None);
        return revealed ?? throw new InvalidOperationException($"nothing stored at {reference}");
    }
}
