using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>Many identical requests at once: no duplicates, no 5xx, one winner where one is expected.</summary>
public sealed class ConcurrencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Fifty_parallel_creates_of_one_workspace_name_across_ten_tenants_have_one_winner()
    {
        var owners = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => _identity.SignUpVerifiedAsync(tenantName: $"Racer {i}")));
        var workspace = $"race-{Guid.NewGuid():N}"[..20];

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            _identity.As(owners[i % owners.Length]).PostAsJsonAsync("/api/v1/companies", new { name = $"Racer {i}", workspaceName = workspace })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.EndsWith("/workspace-name-taken", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        }

        Assert.Equal(1, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM companies WHERE lower(workspace_name) = '{workspace}'"));
    }

    [Fact]
    public async Task Fifty_parallel_identical_imports_store_each_lead_once_and_every_report_adds_up()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var csv = new StringBuilder("email,name\n");
        for (var i = 0; i < 200; i++)
        {
            csv.Append(Row(i)).Append('\n');
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            _identity.As(owner).PostAsync("/api/v1/leads/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var reports = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.All(reports, r => Assert.Equal(200, r.GetProperty("inserted").GetInt32() + r.GetProperty("skipped").GetInt32()));
        Assert.Equal(200, reports.Sum(r => r.GetProperty("inserted").GetInt32()));
        Assert.Equal(200, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM leads WHERE tenant_id = '{owner.TenantId}'"));
    }

    private static string Row(int i) => $"racer{i}@import.example,Racer {i}";
}
