using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Campaigns;

/// <summary>Leads over HTTP: single writes, keyset pages and prefix search, and the bulk import.</summary>
public sealed class LeadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_lead_is_stored_trimmed_and_lower_cased_and_unique_as_users_mean_it()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var created = await client.PostAsJsonAsync("/api/v1/leads", new { email = "  Ada@Example.COM ", name = "Ada Lovelace", company = "Engines Ltd" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var lead = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("ada@example.com", "active"), (lead.GetProperty("email").GetString(), lead.GetProperty("status").GetString()));

        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/leads", new { email = "ADA@example.com" }), HttpStatusCode.Conflict, "lead-already-added");
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/leads", new { email = "not-an-address" }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/leads", new { email = "b@example.com", status = "vip" }), HttpStatusCode.BadRequest);

        var id = lead.GetProperty("id").GetGuid();
        var patched = await (await client.PatchAsync($"/api/v1/leads/{id}", Json("""{"status":"replied","company":null}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("replied", JsonValueKind.Null, "Ada Lovelace"), (patched.GetProperty("status").GetString(), patched.GetProperty("company").ValueKind, patched.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/leads/{id}")).StatusCode);
        await AssertProblemAsync(await client.GetAsync($"/api/v1/leads/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_follow_the_address_order_and_search_matches_the_start_of_email_name_or_company()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        await ImportAsync(client, "email,name,company\nzed@a.com,Zed,Acme\namy@b.com,Amy,Zeta Corp\nbob@c.com,Bob,Other\ncy@d.com,Zoe,Other\n");

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?limit=3");
        Assert.Equal(["amy@b.com", "bob@c.com", "cy@d.com"], Emails(first));
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads?limit=3&cursor={first.GetProperty("nextCursor").GetString()}");
        Assert.Equal(["zed@a.com"], Emails(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);

        Assert.Equal(["amy@b.com", "cy@d.com", "zed@a.com"], Emails(await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?q=Z")));
        Assert.Equal(["zed@a.com"], Emails(await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?q=zed")));
        Assert.Empty(Emails(await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?q=%25")));
        await AssertProblemAsync(await client.GetAsync("/api/v1/leads?cursor=%%%"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_100000_row_csv_with_duplicates_and_invalid_rows_is_counted_exactly_and_a_reimport_changes_nothing()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var csv = new StringBuilder("email,name,company,status,source,lead owner\n");
        for (var i = 1; i <= 100_000; i++)
        {
            var email = i % 1000 == 0 ? "broken-address" : i % 250 == 0 ? $"lead{i - 1}@example.com" : $"Lead{i}@Example.com";
            csv.Append(email).Append(",Lead ").Append(i).Append(",\"Company, Inc\",,web,\n");
        }

        var result = await ImportAsync(client, csv.ToString());

        // 100 invalid (every 1000th); 300 duplicates (every 250th that is not a 1000th repeats the row before).
        Assert.Equal((100_000, 99_600, 0, 300, 100), Counts(result));
        Assert.Equal(["lead owner"], result.GetProperty("ignoredColumns").EnumerateArray().Select(c => c.GetString())); // "source" is a custom field
        var problems = result.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(100, problems.Count);
        Assert.True(result.GetProperty("moreProblems").GetBoolean());
        Assert.Equal((250, "duplicate in the file (first on row 249)"), (problems[0].GetProperty("row").GetInt32(), problems[0].GetProperty("reason").GetString()));
        Assert.Contains(problems, p => p.GetProperty("row").GetInt32() == 1000 && p.GetProperty("reason").GetString() == "invalid email");
        Assert.Equal(99_600L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM leads WHERE tenant_id = (SELECT tenant_id FROM leads WHERE email = 'lead1@example.com')"));
        Assert.Equal("Company, Inc", await api.PlatformScalarAsync<string>("SELECT company FROM leads WHERE email = 'lead2@example.com'"));
        Assert.Equal("web", await api.PlatformScalarAsync<string>("SELECT custom_fields->>'source' FROM leads WHERE email = 'lead2@example.com'"));

        var again = await ImportAsync(client, csv.ToString());
        Assert.Equal((100_000, 0, 0, 99_900, 100), Counts(again));
        var updated = await ImportAsync(client, csv.ToString(), "update");
        Assert.Equal((100_000, 0, 99_600, 300, 100), Counts(updated));
    }

    [Fact]
    public async Task Csv_columns_beyond_the_lead_fields_become_custom_fields_and_an_update_import_adds_to_them()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        await ImportAsync(client, "Email,First Name,last_name,City,Deal Size\nann@x.com,Ann,Lee,Oslo,big\nbo@x.com,,,,\n");

        var ann = await LeadByEmailAsync(client, "ann@x.com");
        Assert.Equal(("Ann Lee", "Ann", "Lee"), (ann.GetProperty("name").GetString(), ann.GetProperty("firstName").GetString(), ann.GetProperty("lastName").GetString()));
        Assert.Equal("""{"City":"Oslo"}""", ann.GetProperty("customFields").GetRawText());
        Assert.Equal("{}", (await LeadByEmailAsync(client, "bo@x.com")).GetProperty("customFields").GetRawText());

        var result = await ImportAsync(client, "email,plan\nann@x.com,pro\n", "update");
        Assert.Equal((1, 0, 1, 0, 0), Counts(result));
        Assert.Equal("""{"City":"Oslo","plan":"pro"}""", (await LeadByEmailAsync(client, "ann@x.com")).GetProperty("customFields").GetRawText());
    }

    [Fact]
    public async Task A_lead_keeps_its_custom_fields_and_a_patch_replaces_them()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var created = await client.PostAsJsonAsync("/api/v1/leads", new { email = "cf@x.com", firstName = "Cy", customFields = new Dictionary<string, string> { ["city"] = "Rome", ["blank"] = " " } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var lead = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Cy", """{"city":"Rome"}"""), (lead.GetProperty("name").GetString(), lead.GetProperty("customFields").GetRawText()));

        var patched = await client.PatchAsync($"/api/v1/leads/{lead.GetProperty("id").GetGuid()}", Json("""{"customFields":{"tier":"gold"},"lastName":"Young"}"""));
        var after = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("""{"tier":"gold"}""", "Young", "Cy"), (after.GetProperty("customFields").GetRawText(), after.GetProperty("lastName").GetString(), after.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("""{"email":"x@x.com","customFields":{"2bad":"v"}}""")]
    [InlineData("""{"email":"x@x.com","customFields":{"email":"v"}}""")]
    [InlineData("""{"email":"x@x.com","customFields":{"city":1}}""")]
    [InlineData("""{"email":"x@x.com","firstName":"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x"}""")]
    public async Task A_lead_with_a_bad_custom_field_or_name_is_a_validation_problem(string body)
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        await AssertProblemAsync(await client.PostAsync("/api/v1/leads", Json(body)), HttpStatusCode.BadRequest);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/leads")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_update_import_never_reactivates_an_unsubscribed_or_bounced_lead()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        await ImportAsync(client, "email,status\ngone@x.com,unsubscribed\nbad@x.com,bounced\nok@x.com,active\n");

        var result = await ImportAsync(client, "email,name,status\ngone@x.com,Gone,active\nbad@x.com,Bad,active\nok@x.com,Ok,interested\n", "update");

        Assert.Equal((3, 0, 3, 0, 0), Counts(result));
        var leads = (await client.GetFromJsonAsync<JsonElement>("/api/v1/leads")).GetProperty("items").EnumerateArray()
            .ToDictionary(l => l.GetProperty("email").GetString()!, l => (l.GetProperty("status").GetString(), l.GetProperty("name").GetString()));
        Assert.Equal(("bounced", "Bad"), leads["bad@x.com"]);
        Assert.Equal(("unsubscribed", "Gone"), leads["gone@x.com"]);
        Assert.Equal(("interested", "Ok"), leads["ok@x.com"]);
    }

    [Fact]
    public async Task Quotes_commas_line_breaks_tabs_and_backslashes_in_fields_are_stored_exactly()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var csv = "email,name,company\r\n\"q@x.com\",\"Smith, \"\"Jo\"\"\",\"Line one\nLine two\"\r\nt@x.com,Tab\there,C:\\path\\N\r\nn@x.com,Nul\0Name,Co\r\n";

        var result = await ImportAsync(client, csv);

        Assert.Equal((3, 2, 0, 0, 1), Counts(result));
        Assert.Equal("contains a NUL character", result.GetProperty("problems")[0].GetProperty("reason").GetString());
        var leads = (await client.GetFromJsonAsync<JsonElement>("/api/v1/leads")).GetProperty("items").EnumerateArray()
            .ToDictionary(l => l.GetProperty("email").GetString()!, l => (l.GetProperty("name").GetString(), l.GetProperty("company").GetString()));
        Assert.Equal(("Smith, \"Jo\"", "Line one\nLine two"), leads["q@x.com"]);
        Assert.Equal(("Tab\there", "C:\\path\\N"), leads["t@x.com"]);
    }

    [Fact]
    public async Task A_json_array_imports_like_a_csv_file()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var response = await client.PostAsync("/api/v1/leads/import",
            new StringContent("""[{"email":"j1@x.com","name":"J","extra":1,"city":"Oslo","firstName":"Jo"},{"email":"nope"},{"email":"J1@x.com"},"not an object"]""", Encoding.UTF8, "application/json"));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((4, 1, 0, 1, 2), Counts(result));
        Assert.Equal(["extra"], result.GetProperty("ignoredColumns").EnumerateArray().Select(c => c.GetString())); // not text, so not a custom field
        var lead = (await client.GetFromJsonAsync<JsonElement>("/api/v1/leads")).GetProperty("items")[0];
        Assert.Equal(("Jo", "Oslo"), (lead.GetProperty("firstName").GetString(), lead.GetProperty("customFields").GetProperty("city").GetString()));
    }

    [Fact]
    public async Task Rows_over_the_plans_contact_limit_are_named_and_not_stored()
    {
        var owner = await _identity.SignUpVerifiedAsync(plan: "free");
        var client = _identity.As(owner);
        var usage = await client.GetFromJsonAsync<JsonElement>("/api/v1/usage");
        var max = usage.GetProperty("limits").EnumerateArray().Single(l => l.GetProperty("limit").GetString() == "contacts").GetProperty("max").GetInt32();
        var csv = "email\n" + string.Concat(Enumerable.Range(1, max + 3).Select(i => $"c{i}@x.com\n"));

        var result = await ImportAsync(client, csv);

        Assert.Equal((max + 3, max, 0, 3, 0), Counts(result));
        Assert.All(result.GetProperty("problems").EnumerateArray(), p => Assert.Equal("over the plan's contact limit", p.GetProperty("reason").GetString()));
        Assert.Equal(max + 1, result.GetProperty("problems")[0].GetProperty("row").GetInt32());
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/leads", new { email = "one-more@x.com" }), HttpStatusCode.Forbidden, "plan-limit-exceeded");
    }

    [Theory]
    [InlineData("name,company\nA,B\n", "no email column")]
    [InlineData("", "empty")]
    [InlineData("email,name\na@x.com,\"unclosed\n", "not closed")]
    public async Task A_file_that_cannot_be_read_imports_nothing(string csv, string reason)
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var problem = await AssertProblemAsync(await client.PostAsync("/api/v1/leads/import", new StringContent(csv, Encoding.UTF8, "text/csv")), HttpStatusCode.BadRequest);
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("body")[0].GetString());
        Assert.Empty(Emails(await client.GetFromJsonAsync<JsonElement>("/api/v1/leads")));
    }

    [Fact]
    public async Task Malformed_json_midway_imports_nothing_and_other_media_types_are_refused()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var broken = await client.PostAsync("/api/v1/leads/import", new StringContent("""[{"email":"a@x.com"},{"email":""", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(broken, HttpStatusCode.BadRequest);
        Assert.Empty(Emails(await client.GetFromJsonAsync<JsonElement>("/api/v1/leads")));

        await AssertProblemAsync(await client.PostAsync("/api/v1/leads/import", new StringContent("x", Encoding.UTF8, "application/xml")), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await AssertProblemAsync(await client.PostAsync("/api/v1/leads/import?onExisting=merge", new StringContent("email\n", Encoding.UTF8, "text/csv")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_tenant_cannot_reach_a_lead()
    {
        var owner = _identity.As(await _identity.SignUpVerifiedAsync());
        var id = (await (await owner.PostAsJsonAsync("/api/v1/leads", new { email = "mine@x.com" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var intruder = _identity.As(await _identity.SignUpVerifiedAsync());

        await AssertProblemAsync(await intruder.GetAsync($"/api/v1/leads/{id}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.PatchAsync($"/api/v1/leads/{id}", Json("""{"status":"bounced"}""")), HttpStatusCode.NotFound);
        await AssertProblemAsync(await intruder.DeleteAsync($"/api/v1/leads/{id}"), HttpStatusCode.NotFound);
        var imported = await ImportAsync(intruder, "email,status\nmine@x.com,bounced\n", "update");
        Assert.Equal(1, imported.GetProperty("inserted").GetInt32()); // its own lead, not the other tenant's
        Assert.Equal("active", (await owner.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{id}")).GetProperty("status").GetString());
    }

    private static async Task<JsonElement> LeadByEmailAsync(HttpClient client, string email) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads?q={Uri.EscapeDataString(email)}")).GetProperty("items")[0];

    private static (int, int, int, int, int) Counts(JsonElement r) => (
        r.GetProperty("received").GetInt32(), r.GetProperty("inserted").GetInt32(), r.GetProperty("updated").GetInt32(),
        r.GetProperty("skipped").GetInt32(), r.GetProperty("invalid").GetInt32());

    private static List<string> Emails(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("email").GetString()!).ToList();

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, string onExisting = "skip")
    {
        var response = await client.PostAsync($"/api/v1/leads/import?onExisting={onExisting}", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
