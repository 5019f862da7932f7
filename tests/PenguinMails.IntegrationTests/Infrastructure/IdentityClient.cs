using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>A signed-up account as a test drives it over HTTP.</summary>
public sealed record Account(string Email, string Password, Guid UserId, Guid TenantId, string Token);

/// <summary>The Identity journeys' building steps, over real HTTP against the test host.</summary>
public sealed class IdentityClient(ApiFactory factory)
{
    public const string Password = "Correct horse battery 7!";

    public HttpClient Anonymous() => factory.CreateClient();

    /// <summary>A client that sends the token and, when given, the tenant header.</summary>
    public HttpClient As(string token, Guid? tenantId = null)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (tenantId is { } tenant)
        {
            client.DefaultRequestHeaders.Add("X-Tenant-Id", tenant.ToString());
        }

        return client;
    }

    public HttpClient As(Account account) => As(account.Token, account.TenantId);

    public static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";

    /// <summary>
    /// Signs up (the address verified by the link that finishes it), then moves the tenant to <paramref name="plan"/>
    /// (the pro plan unless told, so tests of other rules are not stopped by the free plan's limits; pass "free" to
    /// stay on it).
    /// </summary>
    public async Task<Account> SignUpVerifiedAsync(string? email = null, string tenantName = "Acme", string plan = "pro")
    {
        var account = await SignUpAsync(email ?? NewEmail("owner"), tenantName);
        if (plan != "free")
        {
            await ChangePlanAsync(account, plan);
        }

        return account;
    }

    public async Task<HttpResponseMessage> ChangePlanAsync(Account account, string slug)
    {
        var plans = await Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/plans");
        var planId = plans.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == slug).GetProperty("id").GetGuid();
        return await As(account).PostAsJsonAsync("/api/v1/subscription/change-plan", new { planId });
    }

    /// <summary>Signs up and follows the e-mailed link that finishes the sign-up, as a new owner does.</summary>
    public async Task<Account> SignUpAsync(string email, string tenantName = "Acme", string password = Password)
    {
        var requested = await Anonymous().PostAsJsonAsync("/api/v1/auth/signup", new { email, password, name = "Test User", tenantName });
        Assert.True(requested.StatusCode == HttpStatusCode.Accepted, await requested.Content.ReadAsStringAsync());
        var response = await ConfirmSignUpAsync(email);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Account(email, password, body.GetProperty("userId").GetGuid(), body.GetProperty("tenantId").GetGuid(), body.GetProperty("accessToken").GetString()!);
    }

    public Task<HttpResponseMessage> ConfirmSignUpAsync(string email) =>
        Anonymous().PostAsJsonAsync("/api/v1/auth/signup/confirm", new { token = factory.Mailbox.LatestToken(email.ToLowerInvariant(), "sign-up") });

    public async Task VerifyEmailAsync(string email)
    {
        var token = factory.Mailbox.LatestToken(email.ToLowerInvariant(), "email-verification");
        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/verify-email", new { token });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>
    /// Makes an existing account a member the way it must happen: the owner invites its address, the account accepts the
    /// e-mailed invitation signed in, and the owner approves it when the tenant does not approve members by itself.
    /// </summary>
    public async Task AddMemberAsync(Account owner, Account member, params string[] roles)
    {
        var invited = await As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = member.Email, roles });
        Assert.True(invited.StatusCode == HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var invitationId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitation").GetProperty("id").GetGuid();
        var token = factory.Mailbox.LatestToken(member.Email.ToLowerInvariant(), "invitation");
        var accepted = await As(member.Token).PostAsJsonAsync("/api/v1/me/invitations/accept", new { token });
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        if ((await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "awaiting_approval")
        {
            var approved = await As(owner).PostAsync($"/api/v1/tenants/current/invitations/{invitationId}/approve", null);
            Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        }
    }

    public Task<HttpResponseMessage> LogInAsync(string email, string password) =>
        Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    public async Task<string> LogInTokenAsync(string email, string password = Password)
    {
        var response = await LogInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
