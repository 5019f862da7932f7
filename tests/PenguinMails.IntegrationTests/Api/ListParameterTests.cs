using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>Every list the OpenAPI document shows takes the same page rules, from the one validator of paged queries.</summary>
public sealed class ListParameterTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Every_list_refuses_a_limit_outside_1_to_200_and_a_cursor_it_did_not_issue()
    {
        var staff = await api.SignUpStaffAsync();
        var document = await _identity.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var lists = document.GetProperty("paths").EnumerateObject()
            .Where(p => !p.Name.Contains('{') && p.Value.TryGetProperty("get", out var get) && get.TryGetProperty("parameters", out var parameters)
                        && parameters.EnumerateArray().Any(x => x.GetProperty("name").GetString() == "limit"))
            .Select(p => p.Name)
            .ToList();
        Assert.True(lists.Count >= 15, string.Join(", ", lists));

        var caller = _identity.As(staff);
        foreach (var list in lists)
        {
            foreach (var (query, field) in new[] { ("limit=0", "limit"), ("limit=201", "limit"), ("cursor=%21not%20issued", "cursor") })
            {
                var response = await caller.GetAsync($"{list}?{query}");
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{list}?{query}: {(int)response.StatusCode}");
                var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
                Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{list}?{query}: {problem}");
            }
        }
    }
}
