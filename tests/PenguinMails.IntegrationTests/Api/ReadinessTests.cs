using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.BuildingBlocks.Infrastructure.Persistence;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api;

public sealed class ReadinessTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Ready_fails_and_names_the_script_when_a_migration_is_not_applied()
    {
        await TestPostgres.AdminExecuteAsync("DELETE FROM schema_migrations WHERE name = 'V3__roles_and_grants.sql'", api.Name);

        var response = await api.Factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Contains("V3__roles_and_grants.sql", body.GetProperty("checks").GetProperty("database").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_fails_and_names_the_script_when_a_content_database_migration_is_not_applied()
    {
        await TestPostgres.AdminExecuteAsync("DELETE FROM schema_migrations WHERE name = 'V1__message_log.sql'", api.Name + ContentConnections.DatabaseSuffix);

        var response = await api.Factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("V1__message_log.sql", body.GetProperty("checks").GetProperty("contentDatabase").GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
