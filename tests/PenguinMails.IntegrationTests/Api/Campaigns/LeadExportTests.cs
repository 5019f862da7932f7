using System.Net;
using System.Text;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Campaigns;

public sealed class LeadExportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Formula_text_is_stored_as_sent_and_exported_so_a_spreadsheet_shows_it_as_text()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var client = _identity.As(owner);
        var imported = await client.PostAsync("/api/v1/leads/import", new StringContent("""
            email,name,company,status
            a@example.com,=cmd|' /C calc'!A0,@SUM(1+1),active
            b@example.com,"+HYPERLINK(""http://evil"")",-2+3,active
            c@example.com,"Smith, Jane",Plain Co,active
            """, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("=cmd|' /C calc'!A0", await api.PlatformScalarAsync<string>($"SELECT name FROM leads WHERE tenant_id = '{owner.TenantId}' AND email = 'a@example.com'"));

        var export = await client.GetAsync("/api/v1/leads/export");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "email,name,first_name,last_name,company,status",
                "a@example.com,'=cmd|' /C calc'!A0,,,'@SUM(1+1),active",
                "b@example.com,\"'+HYPERLINK(\"\"http://evil\"\")\",,,'-2+3,active",
                "c@example.com,\"Smith, Jane\",,,Plain Co,active",
            ],
            lines);
    }

    [Fact]
    public async Task The_export_has_a_column_per_custom_field_and_imports_back_to_the_same_leads()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        await client.PostAsync("/api/v1/leads/import", new StringContent("email,first_name,city,plan\nann@x.com,Ann,Oslo,\nbo@x.com,,,pro\n", Encoding.UTF8, "text/csv"));

        var csv = await (await client.GetAsync("/api/v1/leads/export")).Content.ReadAsStringAsync();

        Assert.Equal(
            ["email,name,first_name,last_name,company,status,city,plan", "ann@x.com,Ann,Ann,,,active,Oslo,", "bo@x.com,,,,,active,,pro"],
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var other = _identity.As(await _identity.SignUpVerifiedAsync());
        await other.PostAsync("/api/v1/leads/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(csv, await (await other.GetAsync("/api/v1/leads/export")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_export_holds_every_lead_of_the_tenant_past_one_batch_and_no_other_tenants()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var other = await _identity.SignUpVerifiedAsync();
        var csv = new StringBuilder("email\n");
        for (var i = 0; i < 2500; i++)
        {
            csv.Append("lead").Append(i).Append("@example.com\n");
        }

        Assert.Equal(HttpStatusCode.OK, (await _identity.As(owner).PostAsync("/api/v1/leads/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _identity.As(other).PostAsync("/api/v1/leads/import", new StringContent("email\nsecret@other.example\n", Encoding.UTF8, "text/csv"))).StatusCode);

        var text = await (await _identity.As(owner).GetAsync("/api/v1/leads/export")).Content.ReadAsStringAsync();
        var emails = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(2500, emails.Distinct().Count());
        Assert.Equal(emails.Order(StringComparer.Ordinal), emails);
        Assert.DoesNotContain("secret@other.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_status_is_a_400_before_any_row()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        var problem = await AssertProblemAsync(await _identity.As(owner).GetAsync("/api/v1/leads/export?status=gone"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }
}
