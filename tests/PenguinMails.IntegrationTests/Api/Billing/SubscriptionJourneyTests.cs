using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using PenguinMails.Billing.Contracts.Payments.RecordPaymentOutcome;
using PenguinMails.Billing.Contracts.Subscriptions.RollOverDueSubscriptions;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Billing;

public sealed class SubscriptionJourneyTests(ApiFixture api) : IClassFixture<ApiFixture>, IDisposable
{
    private readonly IdentityClient _identity = new(api.Factory);
    private readonly ServiceProvider _platform = ModuleServices.Build(api.AppConnectionString, api.PlatformConnectionString);

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task Free_plan_limit_then_upgrade_then_downgrade_waits_for_the_period_end()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "free");
        var client = _identity.As(owner);

        var blocked = await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } });
        var problem = await AssertProblemAsync(blocked, HttpStatusCode.Forbidden);
        Assert.EndsWith("/plan-limit-exceeded", problem.GetProperty("type").GetString());
        Assert.Equal("users", problem.GetProperty("limit").GetString());
        Assert.Equal(1, problem.GetProperty("max").GetInt32());
        Assert.Equal(1, problem.GetProperty("current").GetInt32());

        var upgraded = await (await _identity.ChangePlanAsync(owner, "starter")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("starter", upgraded.GetProperty("planSlug").GetString());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } })).StatusCode);

        var tooBig = await _identity.ChangePlanAsync(owner, "free");
        var refused = await AssertProblemAsync(tooBig, HttpStatusCode.Conflict);
        Assert.EndsWith("/usage-exceeds-plan", refused.GetProperty("type").GetString());
        Assert.Equal("users", refused.GetProperty("exceeded")[0].GetProperty("limit").GetString());

        var invitation = (await client.GetFromJsonAsync<JsonElement>("/api/v1/tenants/current/invitations")).GetProperty("items")[0].GetProperty("id").GetGuid();
        await client.DeleteAsync($"/api/v1/tenants/current/invitations/{invitation}");
        var pending = await (await _identity.ChangePlanAsync(owner, "free")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("starter", pending.GetProperty("planSlug").GetString());
        Assert.NotEqual(JsonValueKind.Null, pending.GetProperty("pendingPlanId").ValueKind);

        var periodEnd = pending.GetProperty("currentPeriodEnd").GetDateTimeOffset();
        await EndPeriodAsync(owner.TenantId);
        Assert.Equal(1, await RollOverAsync());

        var rolled = await client.GetFromJsonAsync<JsonElement>("/api/v1/subscription");
        Assert.Equal("free", rolled.GetProperty("planSlug").GetString());
        Assert.Equal(JsonValueKind.Null, rolled.GetProperty("pendingPlanId").ValueKind);
        Assert.True(rolled.GetProperty("currentPeriodEnd").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.NotEqual(periodEnd, rolled.GetProperty("currentPeriodEnd").GetDateTimeOffset());
    }

    [Fact]
    public async Task Two_requests_at_the_limit_never_both_succeed()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "starter"); // 3 seats: the owner and two more
        var client = _identity.As(owner);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } })).StatusCode);

        for (var round = 0; round < 5; round++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
                _identity.As(owner).PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail("race"), roles = new[] { "member" } })));

            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Forbidden));
            Assert.Equal(3L, await api.PlatformScalarAsync<long>($"""
                SELECT (SELECT count(*) FROM tenant_users WHERE tenant_id = '{owner.TenantId}' AND deleted IS NULL)
                     + (SELECT count(*) FROM tenant_invitations WHERE tenant_id = '{owner.TenantId}' AND status IN ('pending', 'awaiting_approval'))
                """));

            var winner = (await client.GetFromJsonAsync<JsonElement>("/api/v1/tenants/current/invitations?limit=200")).GetProperty("items").EnumerateArray()
                .Last(i => i.GetProperty("status").GetString() == "pending").GetProperty("id").GetGuid();
            await client.DeleteAsync($"/api/v1/tenants/current/invitations/{winner}");
        }
    }

    [Fact]
    public async Task An_expired_invitation_gives_its_seat_back()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "starter"); // 3 seats
        var client = _identity.As(owner);
        await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } });
        await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } });
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } }), HttpStatusCode.Forbidden);

        await api.PlatformExecuteAsync($"UPDATE tenant_invitations SET expires = now() - interval '1 minute' WHERE tenant_id = '{owner.TenantId}'");

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } })).StatusCode);
    }

    [Fact]
    public async Task An_add_on_raises_its_limit_and_cannot_be_removed_while_needed()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "free");
        var client = _identity.As(owner);
        var added = await client.PostAsJsonAsync("/api/v1/subscription/addons", new { addonType = "extra_users", quantity = 2 });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var addon = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(20.00m, addon.GetProperty("priceMonthly").GetDecimal());

        var usage = await client.GetFromJsonAsync<JsonElement>("/api/v1/usage");
        var users = usage.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("limit").GetString() == "users");
        Assert.Equal(3, users.GetProperty("max").GetInt32());

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/tenants/current/members", new { email = IdentityClient.NewEmail(), roles = new[] { "member" } })).StatusCode);
        var removal = await client.DeleteAsync($"/api/v1/subscription/addons/{addon.GetProperty("id").GetString()}");
        Assert.EndsWith("/usage-exceeds-plan", (await AssertProblemAsync(removal, HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unneeded_add_on_is_removed_and_stops_counting()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "free");
        var client = _identity.As(owner);
        var addon = await (await client.PostAsJsonAsync("/api/v1/subscription/addons", new { addonType = "extra_domains" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/subscription/addons/{addon.GetProperty("id").GetString()}")).StatusCode);

        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/subscription/addons")).EnumerateArray());
        var domains = (await client.GetFromJsonAsync<JsonElement>("/api/v1/usage")).GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("limit").GetString() == "domains");
        Assert.Equal(1, domains.GetProperty("max").GetInt32());
        await AssertProblemAsync(await client.DeleteAsync("/api/v1/subscription/addons/addon_unknown"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_canceled_subscription_ends_at_the_period_end_and_the_tenant_falls_back_to_the_default_plan()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "starter");
        var client = _identity.As(owner);
        Assert.True((await (await client.PostAsync("/api/v1/subscription/cancel", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelAtPeriodEnd").GetBoolean());
        Assert.False((await (await client.PostAsync("/api/v1/subscription/resume", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelAtPeriodEnd").GetBoolean());
        await client.PostAsync("/api/v1/subscription/cancel", null);

        await EndPeriodAsync(owner.TenantId);
        await RollOverAsync();

        var current = await client.GetFromJsonAsync<JsonElement>("/api/v1/subscription");
        Assert.Equal("free", current.GetProperty("planSlug").GetString());
        Assert.Equal("active", current.GetProperty("status").GetString());
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM subscriptions WHERE tenant_id = '{owner.TenantId}' AND status = 'canceled'"));
    }

    [Fact]
    public async Task A_paid_period_is_charged_and_payment_outcomes_move_the_status()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "starter");
        await EndPeriodAsync(owner.TenantId);
        await RollOverAsync();

        var payments = await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/payments");
        var charge = Assert.Single(payments.GetProperty("items").EnumerateArray());
        Assert.Equal(49.00m, charge.GetProperty("amount").GetDecimal());
        Assert.Equal("pending", charge.GetProperty("status").GetString());

        await AsTenantAsync(owner, new RecordPaymentOutcomeCommand(49.00m, "USD", "failed", "pi_test_1", "card declined"));
        Assert.Equal("past_due", (await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/subscription")).GetProperty("status").GetString());

        await EndPeriodAsync(owner.TenantId);
        await RollOverAsync();
        Assert.Equal("unpaid", (await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/subscription")).GetProperty("status").GetString());

        await AsTenantAsync(owner, new RecordPaymentOutcomeCommand(98.00m, "USD", "succeeded", "pi_test_2", null));
        Assert.Equal("active", (await _identity.As(owner).GetFromJsonAsync<JsonElement>("/api/v1/subscription")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_workers_roll_each_due_subscription_exactly_once()
    {
        var tenants = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            tenants.Add((await _identity.SignUpVerifiedAsync(plan: "free")).TenantId);
        }

        var before = await api.PlatformScalarAsync<string>("SELECT string_agg(current_period_end::text, ',' ORDER BY tenant_id) FROM subscriptions WHERE status <> 'canceled'");
        await api.PlatformExecuteAsync("UPDATE subscriptions SET current_period_end = now() - interval '1 minute' WHERE status <> 'canceled'");

        var rolled = await Task.WhenAll(RollOverAsync(batch: 2), RollOverAsync(batch: 2));
        rolled = [.. rolled, await RollOverAsync(batch: 100)];

        var due = await api.PlatformScalarAsync<long>("SELECT count(*) FROM subscriptions WHERE status <> 'canceled'");
        Assert.Equal(due, rolled.Sum());
        Assert.Equal(0L, await api.PlatformScalarAsync<long>(
            "SELECT count(*) FROM subscriptions WHERE status <> 'canceled' AND current_period_end <> current_period_start + interval '1 month'"));
        Assert.NotNull(before);
    }

    [Fact]
    public async Task The_billing_contact_must_be_a_member_and_members_cannot_change_billing()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var stranger = await _identity.SignUpVerifiedAsync(tenantName: "Elsewhere");
        var refused = await _identity.As(owner).PatchAsJsonAsync("/api/v1/subscription", new { billingContactUserId = stranger.UserId });
        Assert.True((await AssertProblemAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("billingContactUserId", out _));

        await _identity.AddMemberAsync(owner, stranger, "member");
        var asMember = _identity.As(stranger.Token, owner.TenantId);
        Assert.Equal(HttpStatusCode.OK, (await asMember.GetAsync("/api/v1/subscription")).StatusCode);
        await AssertProblemAsync(await asMember.PostAsync("/api/v1/subscription/cancel", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await asMember.GetAsync("/api/v1/payments"), HttpStatusCode.Forbidden);

        var accepted = await _identity.As(owner).PatchAsJsonAsync("/api/v1/subscription", new { billingContactUserId = stranger.UserId });
        Assert.Equal(stranger.UserId, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("billingContactUserId").GetGuid());
    }

    [Theory]
    [InlineData("""{"addonType":"extra_rockets","quantity":1}""", "addonType")]
    [InlineData("""{"addonType":"extra_users","quantity":0}""", "quantity")]
    [InlineData("""{"addonType":"extra_users","quantity":-3}""", "quantity")]
    public async Task Bad_add_ons_are_refused(string body, string field)
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "free");
        var response = await _identity.As(owner).PostAsync("/api/v1/subscription/addons", Json(body));
        Assert.True((await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_unknown_plan_is_not_found()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "free");
        await AssertProblemAsync(await _identity.As(owner).PostAsJsonAsync("/api/v1/subscription/change-plan", new { planId = Guid.NewGuid() }), HttpStatusCode.NotFound);
    }

    private Task EndPeriodAsync(Guid tenantId) => api.PlatformExecuteAsync(
        $"UPDATE subscriptions SET current_period_end = now() - interval '1 second' WHERE tenant_id = '{tenantId}' AND status <> 'canceled'");

    private async Task<int> RollOverAsync(int batch = 100)
    {
        await using var scope = _platform.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SessionRole>().UsePlatform();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RollOverDueSubscriptionsCommand(batch));
    }

    private async Task AsTenantAsync(Account account, RecordPaymentOutcomeCommand command)
    {
        await using var scope = _platform.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestCaller>().Set(account.UserId, account.TenantId, ["owner"]);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
