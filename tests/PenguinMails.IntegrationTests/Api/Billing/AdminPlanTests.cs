using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Billing;

public sealed class AdminPlanTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Staff_with_plans_manage_create_replace_deactivate_and_reactivate_a_plan()
    {
        var staff = await StaffAsync("super_admin");
        var slug = "team-" + Guid.NewGuid().ToString("N")[..6];

        var created = await staff.PostAsync("/api/v1/admin/plans", Json($$"""{"name":"Team","slug":"{{slug}}","maxUsers":10,"priceMonthly":9900,"apiAccess":true}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = plan.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("maxDomains").ValueKind); // unlimited
        Assert.Contains(slug, await PublicSlugsAsync());

        var replaced = await staff.PutAsync($"/api/v1/admin/plans/{id}", Json($$"""{"name":"Team+","slug":"{{slug}}","maxUsers":12,"priceMonthly":10900}"""));
        Assert.Equal(12, (await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("maxUsers").GetInt32());
        Assert.Equal(12, await api.PlatformScalarAsync<int>($"SELECT max_users FROM plans WHERE id = '{id}'"));

        Assert.False((await (await staff.PostAsync($"/api/v1/admin/plans/{id}/deactivate", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isActive").GetBoolean());
        Assert.DoesNotContain(slug, await PublicSlugsAsync());
        var all = await staff.GetFromJsonAsync<JsonElement>("/api/v1/admin/plans");
        Assert.Contains(slug, all.EnumerateArray().Select(p => p.GetProperty("slug").GetString()));

        await staff.PostAsync($"/api/v1/admin/plans/{id}/activate", null);
        Assert.Contains(slug, await PublicSlugsAsync());
    }

    [Fact]
    public async Task A_duplicate_slug_is_a_conflict()
    {
        var staff = await StaffAsync("super_admin");
        var response = await staff.PostAsync("/api/v1/admin/plans", Json("""{"name":"Copy","slug":"pro"}"""));
        Assert.EndsWith("/plan-slug-taken", (await AssertProblemAsync(response, HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"name":"X","slug":"Bad Slug"}""", "slug")]
    [InlineData("""{"name":"","slug":"ok-slug"}""", "name")]
    [InlineData("""{"name":"X","slug":"ok-slug","maxUsers":-1}""", "maxUsers")]
    [InlineData("""{"name":"X","slug":"ok-slug","priceMonthly":-100}""", "priceMonthly")]
    [InlineData("""{"name":"X"}""", "slug")]
    public async Task Bad_plans_are_validation_problems(string body, string field)
    {
        var staff = await StaffAsync("super_admin");
        var response = await staff.PostAsync("/api/v1/admin/plans", Json(body));
        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Fact]
    public async Task Without_the_permission_staff_routes_are_403_for_everyone_else()
    {
        var support = await StaffAsync("support"); // tenants.read only
        var owner = _identity.As((await _identity.SignUpVerifiedAsync()).Token);
        foreach (var client in new[] { support, owner })
        {
            var problem = await AssertProblemAsync(await client.PostAsync("/api/v1/admin/plans", Json("""{"name":"Sneaky","slug":"sneaky"}""")), HttpStatusCode.Forbidden);
            Assert.EndsWith("/staff-permission-required", problem.GetProperty("type").GetString());
            await AssertProblemAsync(await client.GetAsync("/api/v1/admin/plans"), HttpStatusCode.Forbidden);
        }

        await AssertProblemAsync(await _identity.Anonymous().GetAsync("/api/v1/admin/plans"), HttpStatusCode.Unauthorized);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>("SELECT count(*) FROM plans WHERE slug = 'sneaky'"));
    }

    private async Task<HttpClient> StaffAsync(string role) => _identity.As((await api.SignUpStaffAsync(role)).Token);

    private async Task<List<string?>> PublicSlugsAsync() =>
        [.. (await _identity.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/plans?limit=200")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("slug").GetString())];
}
