using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Persistence;
using PenguinMails.BuildingBlocks.Application.Secrets;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Deliverability.Contracts.EmailAccounts.ClaimSend;
using PenguinMails.IntegrationTests.Infrastructure;
using PenguinMails.IntegrationTests.Mail;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Deliverability;

/// <summary>The domain → verify → e-mail account journey, the secret store's guarantees, and the daily send cap.</summary>
public sealed class EmailAccountTests(DnsApiFixture api) : IClassFixture<DnsApiFixture>
{
    private const string MailboxPassword = "mailbox-password-that-must-never-leak-9F3!";

    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_verified_domain_takes_an_account_whose_password_never_leaves_the_secret_store()
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("journey.com");
        var client = _identity.As(owner);

        var created = await client.PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, $"Sales@{name.ToUpperInvariant()}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadAsStringAsync();
        var account = JsonDocument.Parse(body).RootElement;
        var id = account.GetProperty("id").GetGuid();
        Assert.Equal($"sales@{name}", account.GetProperty("email").GetString());
        Assert.True(account.GetProperty("hasPassword").GetBoolean());
        Assert.Equal(587, account.GetProperty("smtpSettings").GetProperty("port").GetInt32());
        Assert.Equal(0, account.GetProperty("dailyCount").GetInt32());

        var read = await client.GetStringAsync($"/api/v1/email-accounts/{id}");
        var list = await client.GetStringAsync("/api/v1/email-accounts");
        foreach (var text in new[] { body, read, list })
        {
            Assert.DoesNotContain(MailboxPassword, text);
            Assert.DoesNotContain("secret://", text);
        }

        // The row keeps the reference; the secret's row holds ciphertext only; no log line carries the password.
        Assert.Equal($"secret://email-accounts/{id}/password", await api.PlatformScalarAsync<string>($"SELECT vault_key_path FROM email_accounts WHERE id = '{id}'"));
        var ciphertext = await api.PlatformScalarAsync<string>($"SELECT ciphertext FROM secrets WHERE path = 'email-accounts/{id}/password'");
        Assert.DoesNotContain(MailboxPassword, ciphertext);
        Assert.DoesNotContain(api.Factory.Logs.Entries, e => e.Message.Contains(MailboxPassword, StringComparison.Ordinal));

        // Only the store opens it, for the tenant that owns it.
        Assert.Equal(MailboxPassword, await RevealAsync(owner, $"secret://email-accounts/{id}/password"));
    }

    [Fact]
    public async Task A_domain_private_key_is_in_the_secret_store_only()
    {
        var (owner, domainId, _) = await VerifiedDomainAsync("dkim-secret.com");

        var records = await api.PlatformScalarAsync<string>($"SELECT dns_records::text FROM domains WHERE id = '{domainId}'");
        Assert.DoesNotContain("PRIVATE KEY", records);
        var reference = JsonDocument.Parse(records).RootElement.GetProperty("records").EnumerateArray()
            .Single(r => r.GetProperty("record_type").GetString() == "DKIM").GetProperty("secret_ref").GetString()!;
        Assert.Equal($"secret://dkim/{domainId}/pm1", reference);
        Assert.DoesNotContain(api.Factory.Logs.Entries, e => e.Message.Contains("PRIVATE KEY", StringComparison.Ordinal));

        var pem = await RevealAsync(owner, reference);
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(pem);
        var published = await _identity.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/domains/{domainId}");
        var dkim = published.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == "DKIM");
        Assert.Equal(Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()), dkim.GetProperty("value").GetString()!.Split("p=")[1]);

        // Deleting the domain deletes its key.
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner).DeleteAsync($"/api/v1/domains/{domainId}")).StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM secrets WHERE path LIKE 'dkim/{domainId}/%'"));
    }

    [Fact]
    public async Task An_unverified_domain_takes_no_account_and_the_address_must_be_on_the_domain()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var domainId = await AddDomainAsync(client, "unverified.com");

        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, "a@unverified.com")), HttpStatusCode.Conflict, "domain-not-verified");

        var (verifiedOwner, verifiedId, _) = await VerifiedDomainAsync("right-domain.com");
        var problem = await AssertProblemAsync(
            await _identity.As(verifiedOwner).PostAsJsonAsync("/api/v1/email-accounts", NewAccount(verifiedId, "a@other-domain.com")), HttpStatusCode.BadRequest);
        Assert.Contains("right-domain.com", problem.GetProperty("errors").GetProperty("email")[0].GetString());
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM email_accounts WHERE domain_id = '{verifiedId}'"));
    }

    [Theory]
    [InlineData("""{"host":"smtp.example.com","port":0,"security":"starttls","username":"u"}""", "smtpSettings.port")]
    [InlineData("""{"host":"smtp.example.com","port":70000,"security":"starttls","username":"u"}""", "smtpSettings.port")]
    [InlineData("""{"host":"smtp.example.com","port":587,"security":"tls1.0","username":"u"}""", "smtpSettings.security")]
    [InlineData("""{"host":"smtp example.com","port":587,"security":"ssl","username":"u"}""", "smtpSettings.host")]
    [InlineData("""{"host":"smtp.example.com","port":587,"security":"ssl","username":""}""", "smtpSettings.username")]
    public async Task Bad_mail_server_settings_are_refused_field_by_field(string smtpSettings, string field)
    {
        var (owner, domainId, name) = await VerifiedDomainAsync($"settings-{Guid.NewGuid():N}.com"[..20] + ".com");
        var body = $$"""{"domainId":"{{domainId}}","email":"a@{{name}}","password":"p","smtpSettings":{{smtpSettings}}}""";

        var problem = await AssertProblemAsync(await _identity.As(owner).PostAsync("/api/v1/email-accounts", Json(body)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task An_unknown_provider_is_refused()
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("provider-check.com");
        var problem = await AssertProblemAsync(
            await _identity.As(owner).PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, $"a@{name}") with { provider = "carrier-pigeon" }),
            HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("provider", out _));
    }

    [Fact]
    public async Task Another_tenant_sees_neither_the_domain_nor_the_account()
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("private-shop.com");
        var accountId = (await (await _identity.As(owner).PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, $"a@{name}")))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var intruder = _identity.As(await _identity.SignUpVerifiedAsync());

        await AssertProblemAsync(await intruder.GetAsync($"/api/v1/domains/{domainId}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.GetAsync($"/api/v1/domains/{domainId}/dns-records"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.PostAsync($"/api/v1/domains/{domainId}/verify", null), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.PatchAsync($"/api/v1/domains/{domainId}", Json("""{"isPrimary":true}""")), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.DeleteAsync($"/api/v1/domains/{domainId}?confirm=true"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.GetAsync($"/api/v1/email-accounts/{accountId}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.PatchAsync($"/api/v1/email-accounts/{accountId}", Json("""{"status":"paused"}""")), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.DeleteAsync($"/api/v1/email-accounts/{accountId}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, $"b@{name}")), HttpStatusCode.NotFound);
        Assert.Empty((await intruder.GetFromJsonAsync<JsonElement>("/api/v1/domains")).GetProperty("items").EnumerateArray());
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM email_accounts WHERE domain_id = '{domainId}'"));
    }

    [Fact]
    public async Task Sends_are_counted_per_day_up_to_the_cap()
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("capped.com");
        var accountId = (await (await _identity.As(owner).PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, $"a@{name}")))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        for (var sent = 1; sent <= 50; sent++)
        {
            Assert.Equal(sent, (await ClaimAsync(owner, accountId)).DailyCount);
        }

        var refused = await Assert.ThrowsAsync<ConflictException>(() => ClaimAsync(owner, accountId));
        Assert.Equal("daily-cap-reached", refused.Code);
        Assert.Equal(50, (await _identity.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/email-accounts/{accountId}")).GetProperty("dailyCount").GetInt32());

        // Yesterday's count is not today's: the first send of a new day starts at one.
        await api.PlatformExecuteAsync($"UPDATE email_accounts SET daily_count_on = daily_count_on - 1 WHERE id = '{accountId}'");
        Assert.Equal(0, (await _identity.As(owner).GetFromJsonAsync<JsonElement>($"/api/v1/email-accounts/{accountId}")).GetProperty("dailyCount").GetInt32());
        Assert.Equal(1, (await ClaimAsync(owner, accountId)).DailyCount);

        Assert.Equal(HttpStatusCode.OK, (await _identity.As(owner).PatchAsync($"/api/v1/email-accounts/{accountId}", Json("""{"status":"paused"}"""))).StatusCode);
        Assert.Equal("email-account-not-sending", (await Assert.ThrowsAsync<ConflictException>(() => ClaimAsync(owner, accountId))).Code);
    }

    [Fact]
    public async Task An_accounts_own_daily_limit_caps_it_and_clearing_it_restores_the_platforms()
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("own-limit.com");
        var client = _identity.As(owner);
        var created = await (await client.PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, $"a@{name}") with { dailyLimit = 2, minGapSeconds = 0, randomGapSeconds = 5 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var accountId = created.GetProperty("id").GetGuid();
        Assert.Equal((2, 2, 0, 5), (created.GetProperty("dailyLimit").GetInt32(), created.GetProperty("dailySendCap").GetInt32(), created.GetProperty("minGapSeconds").GetInt32(), created.GetProperty("randomGapSeconds").GetInt32()));

        await ClaimAsync(owner, accountId);
        await ClaimAsync(owner, accountId);
        var refused = await Assert.ThrowsAsync<ConflictException>(() => ClaimAsync(owner, accountId));
        Assert.Equal(2, refused.Extensions["dailySendCap"]);

        var cleared = await (await client.PatchAsync($"/api/v1/email-accounts/{accountId}", Json("""{"dailyLimit":null}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((JsonValueKind.Null, 50), (cleared.GetProperty("dailyLimit").ValueKind, cleared.GetProperty("dailySendCap").GetInt32()));
        Assert.Equal(3, (await ClaimAsync(owner, accountId)).DailyCount);
    }

    [Theory]
    [InlineData("""{"dailyLimit":0}""", "dailyLimit")]
    [InlineData("""{"minGapSeconds":-1}""", "minGapSeconds")]
    [InlineData("""{"randomGapSeconds":86401}""", "randomGapSeconds")]
    public async Task A_pace_out_of_range_is_a_validation_problem(string body, string field)
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("pace.com");
        var client = _identity.As(owner);
        var accountId = (await (await client.PostAsJsonAsync("/api/v1/email-accounts", NewAccount(domainId, $"a@{name}"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var problem = await AssertProblemAsync(await client.PatchAsync($"/api/v1/email-accounts/{accountId}", Json(body)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_test_email_goes_through_the_accounts_server_signed_with_its_domains_published_key()
    {
        await using var smtp = new SmtpSandbox("sender", MailboxPassword);
        var (owner, domainId, name) = await VerifiedDomainAsync("tested.com");
        var client = _identity.As(owner);
        var accountId = await SandboxAccountAsync(client, domainId, $"sales@{name}", smtp.Port, MailboxPassword);

        var result = await ReadAsync(await client.PostAsJsonAsync($"/api/v1/email-accounts/{accountId}/test", new { to = "prospect@example.org" }));

        Assert.True(result.GetProperty("sent").GetBoolean(), result.ToString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("failedAt").ValueKind);
        var message = Assert.Single(smtp.Messages);
        Assert.Equal(($"sales@{name}", "prospect@example.org"), (message.From.Mailboxes.Single().Address, message.To.Mailboxes.Single().Address));
        Assert.Equal(result.GetProperty("messageId").GetString(), $"<{message.MessageId}>");
        Assert.EndsWith($"@{name}", message.MessageId);
        var domain = await client.GetFromJsonAsync<JsonElement>($"/api/v1/domains/{domainId}");
        var published = domain.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == "DKIM").GetProperty("value").GetString()!;
        Assert.True(await DkimCheck.VerifiesAsync(message, published), "the DKIM signature verifies with the domain's published key");
        Assert.DoesNotContain(MailboxPassword, message.ToString());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/email-accounts/{accountId}")).GetProperty("dailyCount").GetInt32());
    }

    [Fact]
    public async Task A_test_email_with_a_wrong_password_fails_at_authentication_and_delivers_nothing()
    {
        await using var smtp = new SmtpSandbox("sender", "the-real-password");
        var (owner, domainId, name) = await VerifiedDomainAsync("wrong-password.com");
        var client = _identity.As(owner);
        var accountId = await SandboxAccountAsync(client, domainId, $"sales@{name}", smtp.Port, MailboxPassword);

        var result = await ReadAsync(await client.PostAsJsonAsync($"/api/v1/email-accounts/{accountId}/test", new { to = "prospect@example.org" }));

        Assert.Equal((false, "auth"), (result.GetProperty("sent").GetBoolean(), result.GetProperty("failedAt").GetString()));
        Assert.Contains("535", result.GetProperty("reply").GetString());
        Assert.DoesNotContain(MailboxPassword, result.ToString());
        Assert.Empty(smtp.Messages);
    }

    [Theory]
    [InlineData(false, 550)]
    [InlineData(true, 451)]
    public async Task A_refused_recipient_is_reported_with_the_servers_code(bool forNow, int code)
    {
        await using var smtp = new SmtpSandbox();
        (forNow ? smtp.Deferred : smtp.Rejected)["nobody@example.org"] = true;
        var (owner, domainId, name) = await VerifiedDomainAsync($"refused{code}.com");
        var client = _identity.As(owner);
        var accountId = await SandboxAccountAsync(client, domainId, $"sales@{name}", smtp.Port, MailboxPassword);

        var result = await ReadAsync(await client.PostAsJsonAsync($"/api/v1/email-accounts/{accountId}/test", new { to = "nobody@example.org" }));

        Assert.Equal((false, "recipient", code), (result.GetProperty("sent").GetBoolean(), result.GetProperty("failedAt").GetString(), result.GetProperty("statusCode").GetInt32()));
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_test_email_to_a_server_that_is_not_there_fails_at_connect()
    {
        int closedPort;
        await using (var gone = new SmtpSandbox())
        {
            closedPort = gone.Port;
        }

        var (owner, domainId, name) = await VerifiedDomainAsync("nowhere.com");
        var client = _identity.As(owner);
        var accountId = await SandboxAccountAsync(client, domainId, $"sales@{name}", closedPort, MailboxPassword);

        var result = await ReadAsync(await client.PostAsJsonAsync($"/api/v1/email-accounts/{accountId}/test", new { to = "prospect@example.org" }));

        Assert.Equal((false, "connect"), (result.GetProperty("sent").GetBoolean(), result.GetProperty("failedAt").GetString()));
    }

    [Theory]
    [InlineData("""{"to":"not an address"}""")]
    [InlineData("""{"to":"a@example.org\r\nBcc: everyone@example.org"}""")]
    [InlineData("""{}""")]
    public async Task A_test_email_to_anything_but_one_address_is_a_validation_problem(string body)
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("bad-to.com");
        var client = _identity.As(owner);
        var accountId = await SandboxAccountAsync(client, domainId, $"sales@{name}", 25, MailboxPassword);

        await AssertProblemAsync(await client.PostAsync($"/api/v1/email-accounts/{accountId}/test", Json(body)), HttpStatusCode.BadRequest);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/email-accounts/{accountId}")).GetProperty("dailyCount").GetInt32());
    }

    [Fact]
    public async Task A_new_password_replaces_the_stored_one_and_settings_change_field_by_field()
    {
        var (owner, domainId, name) = await VerifiedDomainAsync("rotate.com");
        var client = _identity.As(owner);
        var accountId = (await (await client.PostAsJsonAsync("/api/v1/email-accounts",
            NewAccount(domainId, $"a@{name}") with { imapSettings = new { host = "imap.example.com", port = 993, security = "ssl", username = "a" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var patched = await client.PatchAsync($"/api/v1/email-accounts/{accountId}", Json("""{"password":"a-brand-new-password","imapSettings":null,"status":"warming"}"""));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var account = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, account.GetProperty("imapSettings").ValueKind);
        Assert.Equal("warming", account.GetProperty("status").GetString());
        Assert.Equal("smtp.example.com", account.GetProperty("smtpSettings").GetProperty("host").GetString());
        Assert.Equal("a-brand-new-password", await RevealAsync(owner, $"secret://email-accounts/{accountId}/password"));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/email-accounts/{accountId}")).StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM secrets WHERE path LIKE 'email-accounts/{accountId}/%'"));
    }

    private static async Task<Guid> SandboxAccountAsync(HttpClient client, Guid domainId, string email, int port, string password) =>
        (await ReadAsync(await client.PostAsJsonAsync("/api/v1/email-accounts", new
        {
            domainId, email, password, smtpSettings = new { host = "127.0.0.1", port, security = "none", username = "sender" },
        }))).GetProperty("id").GetGuid();

    private static AccountBody NewAccount(Guid domainId, string email) =>
        new(domainId, email, MailboxPassword, new { host = "smtp.example.com", port = 587, security = "starttls", username = email }, null, "mailu");

    private sealed record AccountBody(Guid domainId, string email, string password, object smtpSettings, object? imapSettings, string provider,
        int? dailyLimit = null, int? minGapSeconds = null, int? randomGapSeconds = null);

    private async Task<SendClaimResult> ClaimAsync(Account owner, Guid accountId) => await InTenantAsync(owner, async services =>
    {
        var claim = await services.GetRequiredService<IMediator>().Send(new ClaimSendCommand(accountId));
        return new SendClaimResult(claim.DailyCount);
    });

    private Task<string?> RevealAsync(Account owner, string reference) =>
        InTenantAsync(owner, services => services.GetRequiredService<ISecretStore>().RevealAsync(reference, CancellationToken.None));

    /// <summary>Runs in-process as the owner in their tenant, in a unit of work, as a module calling another would.</summary>
    private async Task<T> InTenantAsync<T>(Account owner, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(owner.UserId, owner.TenantId, ["owner"]);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(CancellationToken.None);
        try
        {
            var result = await work(scope.ServiceProvider);
            await unitOfWork.CommitAsync(CancellationToken.None);
            return result;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<(Account Owner, Guid DomainId, string Name)> VerifiedDomainAsync(string name)
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var domainId = await AddDomainAsync(client, name);
        var domain = await client.GetFromJsonAsync<JsonElement>($"/api/v1/domains/{domainId}");
        string Value(string type) => domain.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("recordType").GetString() == type).GetProperty("value").GetString()!;
        api.Dns.Txt(name, Value("SPF"));
        api.Dns.Txt("pm1._domainkey." + name, Value("DKIM"));
        api.Dns.Txt("_dmarc." + name, Value("DMARC"));
        api.Dns.Mx(name, (10, "mail.penguinmails.io"));
        var verified = await (await client.PostAsync($"/api/v1/domains/{domainId}/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("verified", verified.GetProperty("verificationStatus").GetString());
        return (owner, domainId, name);
    }

    private static async Task<Guid> AddDomainAsync(HttpClient client, string name)
    {
        var companies = await client.GetFromJsonAsync<JsonElement>("/api/v1/companies");
        var response = await client.PostAsJsonAsync("/api/v1/domains", new { domain = name, companyId = companies.GetProperty("items")[0].GetProperty("id").GetGuid() });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private sealed record SendClaimResult(int DailyCount);
}
