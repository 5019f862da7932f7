using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Identity;

public sealed class MembershipJourneyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Invite_accept_approve_then_act_in_the_tenant()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var invitee = IdentityClient.NewEmail("invitee");

        var invited = await _identity.As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = invitee, roles = new[] { "member" } });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitation");
        Assert.Equal("pending", invitation.GetProperty("status").GetString());

        var token = api.Factory.Mailbox.LatestToken(invitee, "invitation");
        var accepted = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/invitations/accept", new { token, password = IdentityClient.Password, name = "Invitee" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var acceptance = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("awaiting_approval", acceptance.GetProperty("status").GetString());
        var inviteeClient = _identity.As(acceptance.GetProperty("accessToken").GetString()!, owner.TenantId);

        var beforeApproval = await AssertProblemAsync(await inviteeClient.GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden);
        Assert.EndsWith("/not-a-member", beforeApproval.GetProperty("type").GetString());

        var approve = await _identity.As(owner).PostAsync($"/api/v1/tenants/current/invitations/{invitation.GetProperty("id").GetGuid()}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await inviteeClient.GetAsync("/api/v1/tenants/current")).StatusCode);
        var members = await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/tenants/current/members");
        Assert.Contains(invitee, members.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task With_auto_approval_an_accepted_invitation_is_a_membership_at_once_and_the_link_works_once()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { companyAutoApproveMembers = true });
        var invitee = IdentityClient.NewEmail("invitee");
        await _identity.As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = invitee, roles = new[] { "admin" } });
        var token = api.Factory.Mailbox.LatestToken(invitee, "invitation");

        var accepted = await (await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/invitations/accept",
            new { token, password = IdentityClient.Password, name = "Invitee" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        var client = _identity.As(accepted.GetProperty("accessToken").GetString()!, owner.TenantId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tenants/current/policies")).StatusCode); // admin may read policies

        var again = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/invitations/accept", new { token, password = IdentityClient.Password, name = "Again" });
        Assert.True((await AssertProblemAsync(again, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task An_invitee_password_must_meet_the_inviting_tenants_rules()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { passwordMinLength = 16, passwordRequireNumbers = true });
        var invitee = IdentityClient.NewEmail("invitee");
        await _identity.As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = invitee, roles = new[] { "member" } });
        var token = api.Factory.Mailbox.LatestToken(invitee, "invitation");

        var weak = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/invitations/accept", new { token, password = "short", name = "Invitee" });
        var problem = await AssertProblemAsync(weak, HttpStatusCode.BadRequest);
        Assert.Equal(2, problem.GetProperty("errors").GetProperty("password").GetArrayLength());
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM users WHERE email = '{invitee}'"));
    }

    [Fact]
    public async Task Adding_an_existing_account_invites_it_and_reveals_nothing_about_it()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var other = await _identity.SignUpVerifiedAsync(tenantName: "Other");

        var existing = await _identity.As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = other.Email, roles = new[] { "member" } });
        var unknown = await _identity.As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail("nobody"), roles = new[] { "member" } });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (existing.StatusCode, unknown.StatusCode));
        var body = await existing.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invited", body.GetProperty("outcome").GetString());
        Assert.Equal(Shape(body), Shape(await unknown.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.DoesNotContain("Test User", body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM tenant_users WHERE tenant_id = '{owner.TenantId}' AND user_id = '{other.UserId}'"));
        await AssertProblemAsync(await _identity.As(other.Token, owner.TenantId).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_existing_account_joins_only_by_accepting_the_invitation_signed_in()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var other = await _identity.SignUpVerifiedAsync(tenantName: "Other");
        var stranger = await _identity.SignUpVerifiedAsync(tenantName: "Stranger");
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { companyAutoApproveMembers = true });
        await _identity.As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = other.Email, roles = new[] { "member" } });
        var token = api.Factory.Mailbox.LatestToken(other.Email.ToLowerInvariant(), "invitation");

        // Someone else's session cannot use the link, nor can an anonymous caller turn it into an account.
        await AssertProblemAsync(await _identity.As(stranger.Token).PostAsJsonAsync("/api/v1/me/invitations/accept", new { token }), HttpStatusCode.BadRequest);
        var anonymous = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/invitations/accept", new { token, password = IdentityClient.Password, name = "X" });
        await AssertProblemAsync(anonymous, HttpStatusCode.Conflict, "account-exists");

        var accepted = await _identity.As(other.Token).PostAsJsonAsync("/api/v1/me/invitations/accept", new { token });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(other.Token, owner.TenantId).GetAsync("/api/v1/tenants/current")).StatusCode);
        await AssertProblemAsync(await _identity.As(other.Token).PostAsJsonAsync("/api/v1/me/invitations/accept", new { token }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_tenants_strict_policy_never_weakens_the_account_elsewhere()
    {
        var attacker = await _identity.SignUpVerifiedAsync();
        var victim = await _identity.SignUpVerifiedAsync(tenantName: "Victim's own");
        await _identity.AddMemberAsync(attacker, victim, "member");
        var strict = await _identity.As(attacker).PatchAsJsonAsync("/api/v1/tenants/current/policies",
            new { maxLoginAttempts = 1, sessionTimeoutHours = 1, passwordMinLength = 64 });
        Assert.Equal(HttpStatusCode.OK, strict.StatusCode);

        // One anonymous wrong password does not lock the victim out.
        Assert.Equal(HttpStatusCode.Unauthorized, (await _identity.LogInAsync(victim.Email, "wrong password here")).StatusCode);
        var signIn = await _identity.LogInAsync(victim.Email, victim.Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var session = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(session.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(7), "the token lasts the platform's lifetime");

        // Their own tenant, their password change and leaving are theirs.
        var token = session.GetProperty("accessToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(token, victim.TenantId).GetAsync("/api/v1/tenants/current")).StatusCode);
        await AssertProblemAsync(await _identity.As(token, attacker.TenantId).GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden, "password-change-required");
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(token).PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = victim.Password, newPassword = "Another good password 8" })).StatusCode);
        var newToken = await _identity.LogInTokenAsync(victim.Email, "Another good password 8");
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(newToken).DeleteAsync($"/api/v1/me/memberships/{attacker.TenantId}")).StatusCode);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM tenant_users WHERE tenant_id = '{attacker.TenantId}' AND user_id = '{victim.UserId}' AND deleted IS NULL"));
    }

    [Fact]
    public async Task A_password_change_made_for_a_tenant_meets_that_tenants_rules()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { passwordRequireUppercase = true });

        var weak = await _identity.As(owner.Token).PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = owner.Password, newPassword = "all lower case and long", tenantId = owner.TenantId });
        Assert.True((await AssertProblemAsync(weak, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("newPassword", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner.Token).PostAsJsonAsync("/api/v1/me/password",
            new { currentPassword = owner.Password, newPassword = "Now With Uppercase 1", tenantId = owner.TenantId })).StatusCode);
    }

    [Fact]
    public async Task A_member_whose_password_misses_the_tenants_rules_is_asked_to_change_it_there()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var other = await _identity.SignUpAsync(IdentityClient.NewEmail("other"), "Other", password: "all lower case and long");
        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { passwordRequireUppercase = true });
        await _identity.AddMemberAsync(owner, other, "member");

        var asMember = _identity.As(other.Token, owner.TenantId);
        await AssertProblemAsync(await asMember.GetAsync("/api/v1/tenants/current"), HttpStatusCode.Forbidden, "password-change-required");
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(other).GetAsync("/api/v1/tenants/current")).StatusCode); // its own tenant is unaffected

        await _identity.As(other.Token).PostAsJsonAsync("/api/v1/me/password", new { currentPassword = other.Password, newPassword = "Correct Horse Battery Staple", tenantId = owner.TenantId });
        Assert.Equal(HttpStatusCode.OK, (await asMember.GetAsync("/api/v1/tenants/current")).StatusCode);
    }

    private static string Shape(JsonElement body) =>
        string.Join(',', body.EnumerateObject().Select(p => p.Name)) + "|" + string.Join(',', body.GetProperty("invitation").EnumerateObject().Select(p => p.Name));

    [Fact]
    public async Task A_removed_member_is_refused_on_the_very_next_request()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var member = await _identity.SignUpVerifiedAsync(tenantName: "Member's own");
        await _identity.AddMemberAsync(owner, member, "member");
        var asMember = _identity.As(member.Token, owner.TenantId);
        Assert.Equal(HttpStatusCode.OK, (await asMember.GetAsync("/api/v1/tenants/current/members")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _identity.As(owner).DeleteAsync($"/api/v1/tenants/current/members/{member.UserId}")).StatusCode);

        var refused = await AssertProblemAsync(await asMember.GetAsync("/api/v1/tenants/current/members"), HttpStatusCode.Forbidden);
        Assert.EndsWith("/not-a-member", refused.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_removed_member_added_again_comes_back_with_the_new_roles()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var member = await _identity.SignUpVerifiedAsync(tenantName: "Member's own");
        var client = _identity.As(owner);
        await _identity.AddMemberAsync(owner, member, "member");
        await client.DeleteAsync($"/api/v1/tenants/current/members/{member.UserId}");

        await _identity.AddMemberAsync(owner, member, "admin");
        var roles = await api.PlatformScalarAsync<string[]>($"SELECT roles FROM tenant_users WHERE tenant_id = '{owner.TenantId}' AND user_id = '{member.UserId}' AND deleted IS NULL");
        Assert.Equal(["admin"], roles);
    }

    [Fact]
    public async Task The_last_owner_can_neither_leave_nor_be_demoted_but_can_once_there_is_another()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);

        var leave = await AssertProblemAsync(await client.DeleteAsync($"/api/v1/tenants/current/members/{owner.UserId}"), HttpStatusCode.Conflict);
        Assert.EndsWith("/last-owner", leave.GetProperty("type").GetString());
        var demote = await client.PatchAsJsonAsync($"/api/v1/tenants/current/members/{owner.UserId}", new { roles = new[] { "admin" } });
        Assert.EndsWith("/last-owner", (await AssertProblemAsync(demote, HttpStatusCode.Conflict)).GetProperty("type").GetString());

        var second = await _identity.SignUpVerifiedAsync(tenantName: "Second's own");
        await _identity.AddMemberAsync(owner, second, "owner");
        Assert.Equal(HttpStatusCode.OK, (await client.PatchAsJsonAsync($"/api/v1/tenants/current/members/{owner.UserId}", new { roles = new[] { "admin" } })).StatusCode);
    }

    [Fact]
    public async Task Members_may_invite_only_as_the_policy_allows_and_never_above_member()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var member = await _identity.SignUpVerifiedAsync(tenantName: "Member's own");
        await _identity.AddMemberAsync(owner, member, "member");
        var asMember = _identity.As(member.Token, owner.TenantId);

        var asAdmin = await asMember.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "admin" } });
        Assert.EndsWith("/insufficient-role", (await AssertProblemAsync(asAdmin, HttpStatusCode.Forbidden)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Created, (await asMember.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } })).StatusCode);

        await _identity.As(owner).PatchAsJsonAsync("/api/v1/tenants/current/policies", new { companyAllowMemberInvites = false });
        var disabled = await asMember.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } });
        Assert.EndsWith("/member-invites-disabled", (await AssertProblemAsync(disabled, HttpStatusCode.Forbidden)).GetProperty("type").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await asMember.PatchAsJsonAsync("/api/v1/tenants/current/policies", new { maxLoginAttempts = 100 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asMember.DeleteAsync($"/api/v1/tenants/current/members/{owner.UserId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asMember.DeleteAsync("/api/v1/tenants/current")).StatusCode);
    }

    [Fact]
    public async Task Inviting_the_same_address_twice_is_a_conflict_until_the_first_is_revoked()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var email = IdentityClient.NewEmail("twice");
        var first = await (await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email, roles = new[] { "member" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var second = await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = email.ToUpperInvariant(), roles = new[] { "member" } });
        Assert.EndsWith("/already-invited", (await AssertProblemAsync(second, HttpStatusCode.Conflict)).GetProperty("type").GetString());

        var id = first.GetProperty("invitation").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/tenants/current/invitations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email, roles = new[] { "member" } })).StatusCode);

        var revokedToken = api.Factory.Mailbox.Messages.First(m => m.To == email && m.Kind == "invitation").Link.Split("#token=")[1];
        var useRevoked = await _identity.Anonymous().PostAsJsonAsync("/api/v1/auth/invitations/accept", new { token = revokedToken, password = IdentityClient.Password, name = "X" });
        await AssertProblemAsync(useRevoked, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Member_and_invitation_lists_page_with_cursors()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail("page"), roles = new[] { "member" } });
        }

        var emails = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/current/invitations?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}");
            emails.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("email").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(3, emails.Distinct().Count());
        await AssertProblemAsync(await client.GetAsync("/api/v1/tenants/current/members?cursor=garbage"), HttpStatusCode.BadRequest);
    }
}
