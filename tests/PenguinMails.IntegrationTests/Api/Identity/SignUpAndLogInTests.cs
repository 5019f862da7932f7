using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

public sealed class SignUpAndLogInTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Sign_up_creates_the_account_its_tenant_and_what_every_module_needs()
    {
        var account = await _identity.SignUpAsync(IdentityClient.NewEmail(), "Penguin Outreach");

        var me = await _identity.As(account.Token).GetFromJsonAsync<JsonElement>("/api/v1/me");
        var membership = Assert.Single(me.GetProperty("memberships").EnumerateArray());
        Assert.Equal(account.TenantId, membership.GetProperty("tenantId").GetGuid());
        Assert.Equal("Penguin Outreach", membership.GetProperty("tenantName").GetString());
        Assert.Equal(["owner"], membership.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var tenant = $"'{account.TenantId}'";
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM tenant_policies WHERE tenant_id = {tenant}"));
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM tenant_config WHERE tenant_id = {tenant}"));
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM user_preferences WHERE user_id = '{account.UserId}'"));
        Assert.Equal("Penguin Outreach", await api.PlatformScalarAsync<string>($"SELECT name FROM companies WHERE tenant_id = {tenant}"));
        Assert.Equal("free", await api.PlatformScalarAsync<string>(
            $"SELECT p.slug FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE s.tenant_id = {tenant} AND s.status = 'active'"));
    }

    [Fact]
    public async Task The_password_is_stored_only_as_a_slow_salted_hash()
    {
        var account = await _identity.SignUpAsync(IdentityClient.NewEmail());
        var hash = await api.PlatformScalarAsync<string>($"SELECT password_hash FROM user_credentials WHERE user_id = '{account.UserId}'");
        Assert.DoesNotContain(IdentityClient.Password, hash, StringComparison.Ordinal);
        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]); // PasswordHasher's v3 format: PBKDF2 with a per-hash salt
    }

    [Fact]
    public async Task Nothing_is_stored_until_the_link_that_finishes_the_sign_up_is_followed()
    {
        var email = IdentityClient.NewEmail();
        var requested = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/signup",
            new { email, password = IdentityClient.Password, name = "New Owner", tenantName = "Pending" });

        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM users WHERE email = '{email}'"));

        var confirmed = await _identity.ConfirmSignUpAsync(email);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.True(await api.PlatformScalarAsync<bool>($"SELECT email_verified IS NOT NULL FROM users WHERE email = '{email}'"));
        Assert.Equal(HttpStatusCode.OK, (await _identity.LogInAsync(email, IdentityClient.Password)).StatusCode);
    }

    [Fact]
    public async Task A_taken_address_gets_the_answer_a_free_one_gets_and_its_owner_an_email_instead()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var tenantsBefore = await api.PlatformScalarAsync<long>("SELECT count(*) FROM tenants");

        var taken = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "  " + owner.Email.ToUpperInvariant() + " ", password = "Another long password 2", name = "Someone", tenantName = "Again" });
        var freeEmail = IdentityClient.NewEmail();
        var free = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/signup",
            new { email = "  " + freeEmail.ToUpperInvariant() + " ", password = "Another long password 2", name = "Someone", tenantName = "Again" });

        Assert.Equal(HttpStatusCode.Accepted, taken.StatusCode);
        Assert.Equal(free.StatusCode, taken.StatusCode);
        Assert.Equal(free.Content.Headers.ContentType, taken.Content.Headers.ContentType);
        var freeBody = await free.Content.ReadFromJsonAsync<JsonElement>();
        var takenBody = await taken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(freeEmail, freeBody.GetProperty("email").GetString());
        Assert.Equal(owner.Email, takenBody.GetProperty("email").GetString());
        Assert.Equal(string.Join(',', freeBody.EnumerateObject().Select(p => p.Name)), string.Join(',', takenBody.EnumerateObject().Select(p => p.Name)));

        var toOwner = Assert.Single(api.Factory.Mailbox.Messages, m => m.To == owner.Email && m.Kind != "sign-up");
        Assert.Equal("sign-up-attempt", toOwner.Kind);
        Assert.DoesNotContain("#token=", toOwner.Link, StringComparison.Ordinal);
        Assert.Equal(tenantsBefore, await api.PlatformScalarAsync<long>("SELECT count(*) FROM tenants"));
        Assert.Equal(HttpStatusCode.OK, (await _identity.LogInAsync(owner.Email, owner.Password)).StatusCode);
    }

    [Fact]
    public async Task A_sign_up_link_makes_one_account_and_a_second_use_is_a_conflict()
    {
        var email = IdentityClient.NewEmail();
        await _identity.SignUpAsync(email);

        await AssertProblemAsync(await _identity.ConfirmSignUpAsync(email), HttpStatusCode.Conflict, "email-taken");
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM users WHERE email = '{email}'"));
        Assert.Equal(1L, await api.PlatformScalarAsync<long>(
            $"SELECT count(*) FROM tenant_users tu JOIN users u ON u.id = tu.user_id WHERE u.email = '{email}'"));
    }

    [Fact]
    public async Task A_sign_up_link_carries_nothing_readable_and_refuses_any_change()
    {
        var email = IdentityClient.NewEmail();
        await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/signup", new { email, password = IdentityClient.Password, name = "Readable Name", tenantName = "Readable Tenant" });
        var token = api.Factory.Mailbox.LatestToken(email, "sign-up");

        var parts = token.Split('.');
        Assert.Equal(5, parts.Length); // JWE: header, wrapped key, IV, ciphertext, tag
        var visible = string.Join('|', parts.Select(DecodedOrRaw));
        Assert.DoesNotContain(email, visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Readable", visible, StringComparison.Ordinal);

        var tampered = string.Join('.', parts[..3].Append(Flip(parts[3])).Concat(parts[4..]));
        var refused = await AssertProblemAsync(
            await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/signup/confirm", new { token = tampered }), HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("token", out _));
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM users WHERE email = '{email}'"));
    }

    [Fact]
    public async Task An_owner_whose_address_is_not_verified_is_asked_to_verify_it_before_acting_in_the_tenant()
    {
        var account = await _identity.SignUpVerifiedAsync();
        await api.PlatformExecuteAsync($"UPDATE users SET email_verified = NULL WHERE id = '{account.UserId}'");

        var refused = await AssertProblemAsync(await _identity.As(account).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden);
        Assert.EndsWith("/email-verification-required", refused.GetProperty("type").GetString());

        Assert.Equal(HttpStatusCode.Accepted, (await _identity.As(account.Token).PostAsync("/api/v1/me/email-verification", null)).StatusCode);
        await _identity.VerifyEmailAsync(account.Email);
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(account).GetAsync("/api/v1/tenants/current")).StatusCode);
    }

    private static string DecodedOrRaw(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        try
        {
            return part + "|" + System.Text.Encoding.Latin1.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
        }
        catch (FormatException)
        {
            return part;
        }
    }

    private static string Flip(string part) => (part[0] == 'A' ? "B" : "A") + part[1..];

    [Fact]
    public async Task Sign_in_is_case_insensitive_and_returns_a_working_token()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var token = await _identity.LogInTokenAsync(account.Email.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(token, account.TenantId).GetAsync("/api/v1/tenants/current")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_answer()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var unknown = await AssertProblemAsync(await _identity.LogInAsync(IdentityClient.NewEmail(), "whatever-password"), HttpStatusCode.Unauthorized);
        var wrong = await AssertProblemAsync(await _identity.LogInAsync(account.Email, "whatever-password"), HttpStatusCode.Unauthorized);

        foreach (var member in new[] { "type", "title", "detail", "status" })
        {
            Assert.Equal(unknown.GetProperty(member).ToString(), wrong.GetProperty(member).ToString());
        }
    }

    [Fact]
    public async Task Consecutive_failures_lock_sign_in_even_for_the_right_password_without_telling_it_apart_from_an_unknown_address()
    {
        var account = await _identity.SignUpVerifiedAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AssertProblemAsync(await _identity.LogInAsync(account.Email, "wrong password " + attempt), HttpStatusCode.Unauthorized);
        }

        var locked = await _identity.LogInAsync(account.Email, account.Password);
        var unknown = await _identity.LogInAsync(IdentityClient.NewEmail("nobody"), account.Password);
        var lockedProblem = await AssertProblemAsync(locked, HttpStatusCode.Unauthorized, "invalid-credentials");
        var unknownProblem = await AssertProblemAsync(unknown, HttpStatusCode.Unauthorized, "invalid-credentials");
        Assert.Equal(lockedProblem.GetProperty("detail").GetString(), unknownProblem.GetProperty("detail").GetString());
        Assert.Equal(unknown.Headers.Contains("Retry-After"), locked.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Failures_from_unknown_clients_lock_them_out_but_never_a_device_the_owner_signed_in_from()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var device = (await (await _identity.LogInAsync(account.Email, account.Password)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deviceToken").GetString();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AssertProblemAsync(await _identity.LogInAsync(account.Email, "an attacker's guess " + attempt), HttpStatusCode.Unauthorized);
        }

        await AssertProblemAsync(await _identity.LogInAsync(account.Email, account.Password), HttpStatusCode.Unauthorized, "invalid-credentials");
        var owner = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = account.Email, password = account.Password, deviceToken = device });
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.False(string.IsNullOrEmpty((await owner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deviceToken").GetString()));
    }

    [Fact]
    public async Task A_device_is_forgotten_when_the_password_changes()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var device = (await (await _identity.LogInAsync(account.Email, account.Password)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deviceToken").GetString();
        const string newPassword = "A different passphrase 9";
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(account.Token).PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = account.Password, newPassword })).StatusCode);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await _identity.LogInAsync(account.Email, "an attacker's guess " + attempt);
        }

        var refused = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = account.Email, password = newPassword, deviceToken = device });
        await AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "invalid-credentials");
    }

    [Fact]
    public async Task A_success_resets_the_failure_count()
    {
        var account = await _identity.SignUpVerifiedAsync();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await _identity.LogInAsync(account.Email, "wrong password");
        }

        await _identity.LogInTokenAsync(account.Email);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await _identity.LogInAsync(account.Email, "wrong password");
        }

        await _identity.LogInTokenAsync(account.Email);
    }

    [Fact]
    public async Task A_tenants_login_attempt_limit_does_not_lock_the_account()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var patch = await _identity.As(account).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { maxLoginAttempts = 1 });
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        await _identity.LogInAsync(account.Email, "wrong password");
        Assert.Equal(HttpStatusCode.OK, (await _identity.LogInAsync(account.Email, account.Password)).StatusCode);
    }

    [Fact]
    public async Task A_tenants_session_timeout_ends_the_session_in_that_tenant_only()
    {
        var account = await _identity.SignUpVerifiedAsync();
        await _identity.As(account).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { sessionTimeoutHours = 2 });

        var response = await _identity.LogInAsync(account.Email, account.Password);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.InRange(session.GetProperty("expiresAt").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(7), TimeSpan.FromHours(8));
        var token = session.GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(token, account.TenantId).GetAsync("/api/v1/tenants/current")).StatusCode);

        await api.PlatformExecuteAsync($"UPDATE user_sessions SET created = created - interval '3 hours' WHERE user_id = '{account.UserId}'");
        await AssertProblemAsync(await _identity.As(token, account.TenantId).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(token).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Logout_revokes_the_token_it_was_sent_with_and_no_other()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var other = await _identity.LogInTokenAsync(account.Email);

        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(account.Token).PostAsync("/api/v1/auth/logout", null)).StatusCode);

        await AssertProblemAsync(await _identity.As(account.Token).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(other).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_signs_out_the_other_sessions()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var other = await _identity.LogInTokenAsync(account.Email);
        var client = _identity.As(account.Token);

        var wrong = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "not it at all", newPassword = "a brand new passphrase" });
        Assert.True((await AssertProblemAsync(wrong, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("currentPassword", out _));

        var changed = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = account.Password, newPassword = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        await AssertProblemAsync(await _identity.As(other).GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        await _identity.LogInTokenAsync(account.Email, "a brand new passphrase");
    }

    [Fact]
    public async Task Tightened_password_rules_send_members_to_change_their_password_first()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(account);
        await client.PatchAsJsonAsync("/api/v1/tenants/current/policies", new { passwordMinLength = 30, passwordRequireSymbols = true });

        var refused = await AssertProblemAsync(await client.GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden);
        Assert.EndsWith("/password-change-required", refused.GetProperty("type").GetString());

        var tooWeak = await _identity.As(account.Token).PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = account.Password, newPassword = "still without symbols but long enough", tenantId = account.TenantId });
        Assert.True((await AssertProblemAsync(tooWeak, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("newPassword", out _));

        var changed = await _identity.As(account.Token).PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = account.Password, newPassword = "long enough and with a symbol: #!", tenantId = account.TenantId });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tenants/current")).StatusCode);
    }

    [Fact]
    public async Task Profile_and_preferences_are_the_callers_own_to_change()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(account.Token);

        var me = await (await client.PatchAsJsonAsync("/api/v1/me", new { givenName = "Ada", familyName = "Lovelace", picture = "https://cdn.example.com/ada.png" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ada", me.GetProperty("givenName").GetString());
        Assert.Equal("Test User", me.GetProperty("name").GetString());
        var cleared = await (await client.PatchAsync("/api/v1/me", Json("""{"picture":null}""")))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("picture").ValueKind);
        Assert.Equal("Lovelace", cleared.GetProperty("familyName").GetString());

        var preferences = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/preferences");
        Assert.Equal("light", preferences.GetProperty("theme").GetString());
        var changed = await (await client.PatchAsJsonAsync("/api/v1/me/preferences", new { theme = "dark", timezone = "Europe/Berlin", language = "pt-BR", weeklyReports = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("dark", changed.GetProperty("theme").GetString());
        Assert.Equal("Europe/Berlin", changed.GetProperty("timezone").GetString());
        Assert.True(changed.GetProperty("weeklyReports").GetBoolean());
        Assert.Equal("pt-BR", changed.GetProperty("language").GetString());
        Assert.True(changed.GetProperty("emailNotifications").GetBoolean()); // absent from the body: unchanged
    }

    [Fact]
    public async Task A_deleted_tenant_answers_404_to_everyone_and_only_its_owner_may_delete_it()
    {
        var account = await _identity.SignUpVerifiedAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(account).DeleteAsync("/api/v1/tenants/current")).StatusCode);

        await AssertProblemAsync(await _identity.As(account).GetAsync("/api/v1/tenants/current"), HttpStatusCode.NotFound);
        var me = await _identity.As(account.Token).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Empty(me.GetProperty("memberships").EnumerateArray());
    }

    [Fact]
    public async Task Another_tenant_can_be_created_and_its_creator_owns_it()
    {
        var account = await _identity.SignUpVerifiedAsync();
        var response = await _identity.As(account.Token).PostAsJsonAsync("/api/v1/tenants", new { name = "Second brand" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var tenantId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var current = await _identity.As(account.Token, tenantId).GetFromJsonAsync<JsonElement>("/api/v1/tenants/current");
        Assert.Equal("Second brand", current.GetProperty("name").GetString());
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM subscriptions WHERE tenant_id = '{tenantId}'"));
    }

    [Fact]
    public async Task A_session_older_than_a_tenants_timeout_is_refused_there()
    {
        var account = await _identity.SignUpVerifiedAsync();
        await _identity.As(account).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { sessionTimeoutHours = 2 });
        await api.PlatformExecuteAsync($"UPDATE user_sessions SET created = now() - interval '3 hours' WHERE user_id = '{account.UserId}'");

        await AssertProblemAsync(await _identity.As(account).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task No_password_secret_or_token_is_ever_written_to_the_log()
    {
        var account = await _identity.SignUpVerifiedAsync();
        await _identity.LogInAsync(account.Email, "a wrong password 123");
        var token = await _identity.LogInTokenAsync(account.Email);
        var setup = await (await _identity.As(token).PostAsync("/api/v1/me/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        await _identity.As(token).PostAsJsonAsync("/api/v1/me/password", new { currentPassword = account.Password, newPassword = "Another passphrase 9" });

        var secrets = new[] { account.Password, "a wrong password 123", "Another passphrase 9", token, account.Token, setup.GetProperty("secret").GetString()! };
        var leaked = api.Factory.Logs.Entries.Where(e => secrets.Any(s => e.Text.Contains(s, StringComparison.Ordinal))).Select(e => e.Text).ToList();
        Assert.Empty(leaked);
        Assert.NotEmpty(api.Factory.Logs.Entries);
    }
}
