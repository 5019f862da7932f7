using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;
using static PenguinMails.IntegrationTests.Api.HostTests;

namespace PenguinMails.IntegrationTests.Api.Campaigns;

/// <summary>Templates with personalisation, their folders and tags, over HTTP.</summary>
public sealed class TemplateTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task A_template_renders_for_a_lead_and_names_the_variables_nothing_fills()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var template = await CreateAsync(client, new { name = "Intro", subject = "Hi {{ firstName }} at {{company}}", content = "Dear {{name}}, {{unknownThing}} {{email}}" });
        var lead = await (await client.PostAsJsonAsync("/api/v1/leads", new { email = "ada@x.com", name = "Ada Lovelace", company = "Engines" })).Content.ReadFromJsonAsync<JsonElement>();

        var preview = await (await client.PostAsJsonAsync($"/api/v1/templates/{Id(template)}/preview", new { leadId = Id(lead) })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Hi Ada at Engines", preview.GetProperty("subject").GetString());
        Assert.Equal("Dear Ada Lovelace, {{unknownThing}} ada@x.com", preview.GetProperty("content").GetString());
        Assert.Equal(["unknownThing"], preview.GetProperty("unknownVariables").EnumerateArray().Select(v => v.GetString()));
        Assert.False(template.GetProperty("isStarted").GetBoolean());
    }

    [Fact]
    public async Task A_template_says_a_leads_custom_fields_and_falls_back_where_a_lead_has_no_value()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var template = await CreateAsync(client, new { name = "Local", subject = "{{firstName|Hello there}}", content = "See you in {{city|your city}} ({{tier}})" });
        var withFields = await (await client.PostAsJsonAsync("/api/v1/leads", new { email = "li@x.com", firstName = "Li", customFields = new { city = "Lima", tier = "gold" } })).Content.ReadFromJsonAsync<JsonElement>();
        var without = await (await client.PostAsJsonAsync("/api/v1/leads", new { email = "no@x.com" })).Content.ReadFromJsonAsync<JsonElement>();

        var full = await (await client.PostAsJsonAsync($"/api/v1/templates/{Id(template)}/preview", new { leadId = Id(withFields) })).Content.ReadFromJsonAsync<JsonElement>();
        var bare = await (await client.PostAsJsonAsync($"/api/v1/templates/{Id(template)}/preview", new { leadId = Id(without) })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(("Li", "See you in Lima (gold)"), (full.GetProperty("subject").GetString(), full.GetProperty("content").GetString()));
        Assert.Empty(full.GetProperty("unknownVariables").EnumerateArray());
        Assert.Equal(("Hello there", "See you in your city ({{tier}})"), (bare.GetProperty("subject").GetString(), bare.GetProperty("content").GetString()));
        Assert.Equal(["tier"], bare.GetProperty("unknownVariables").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("""{"name":"x","subject":"Hi {{firstName"}""", "subject")]
    [InlineData("""{"name":"x","content":"Hi {{a {{b}}"}""", "content")]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"name":"x","subject":"SUBJECT_TOO_LONG"}""", "subject")]
    public async Task An_unclosed_placeholder_or_a_bad_field_is_a_400(string body, string field)
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var problem = await AssertProblemAsync(await client.PostAsync("/api/v1/templates", Json(body.Replace("SUBJECT_TOO_LONG", new string('s', 256)))), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Folders_and_tags_file_templates_once_each_and_filter_the_list()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var a = await CreateAsync(client, new { name = "A" });
        var b = await CreateAsync(client, new { name = "B", subject = "Spring offer" });
        var folder = await (await client.PostAsJsonAsync("/api/v1/template-folders", new { name = "Openers" })).Content.ReadFromJsonAsync<JsonElement>();
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/template-folders", new { name = "OPENERS" }), HttpStatusCode.Conflict, "folder-name-taken");
        var tag = await (await client.PostAsJsonAsync("/api/v1/tags", new { value = "q1" })).Content.ReadFromJsonAsync<JsonElement>();
        var platformDefault = await PlatformDefaultTagAsync(client);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/v1/templates/{Id(a)}/folders", new { folderId = folder.GetProperty("id").GetInt64() })).StatusCode);
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/v1/templates/{Id(a)}/folders", new { folderId = folder.GetProperty("id").GetInt64() }), HttpStatusCode.Conflict, "template-already-in-folder");
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/v1/templates/{Id(b)}/tags", new { tagId = tag.GetProperty("id").GetInt64() })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/v1/templates/{Id(b)}/tags", new { tagId = platformDefault })).StatusCode);
        await AssertProblemAsync(await client.PostAsJsonAsync($"/api/v1/templates/{Id(b)}/tags", new { tagId = tag.GetProperty("id").GetInt64() }), HttpStatusCode.Conflict, "template-already-tagged");

        Assert.Equal([Id(a)], Ids(await client.GetFromJsonAsync<JsonElement>($"/api/v1/templates?folderId={folder.GetProperty("id").GetInt64()}")));
        Assert.Equal([Id(b)], Ids(await client.GetFromJsonAsync<JsonElement>($"/api/v1/templates?tagId={tag.GetProperty("id").GetInt64()}")));
        Assert.Equal([Id(b)], Ids(await client.GetFromJsonAsync<JsonElement>("/api/v1/templates?q=spring")));
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/templates/{Id(b)}");
        Assert.Equal(2, read.GetProperty("tagIds").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/templates/{Id(b)}/tags/{tag.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Empty(Ids(await client.GetFromJsonAsync<JsonElement>($"/api/v1/templates?tagId={tag.GetProperty("id").GetInt64()}")));
    }

    [Fact]
    public async Task Platform_default_tags_are_seen_by_every_tenant_and_changed_by_none()
    {
        var client = _identity.As(await _identity.SignUpVerifiedAsync());
        var platformDefault = await PlatformDefaultTagAsync(client);

        await AssertProblemAsync(await client.PatchAsync($"/api/v1/tags/{platformDefault}", Json("""{"value":"mine"}""")), HttpStatusCode.Forbidden, "platform-tag-read-only");
        await AssertProblemAsync(await client.DeleteAsync($"/api/v1/tags/{platformDefault}"), HttpStatusCode.Forbidden, "platform-tag-read-only");
        Assert.Equal(1L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM tags WHERE id = {platformDefault} AND tenant_id IS NULL"));
    }

    [Fact]
    public async Task Another_tenants_templates_folders_and_tags_are_not_found_and_unchanged()
    {
        var owner = _identity.As(await _identity.SignUpVerifiedAsync());
        var template = await CreateAsync(owner, new { name = "Private" });
        var folder = (await (await owner.PostAsJsonAsync("/api/v1/template-folders", new { name = "Mine" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var tag = (await (await owner.PostAsJsonAsync("/api/v1/tags", new { value = "mine" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var intruder = _identity.As(await _identity.SignUpVerifiedAsync());
        var ownTemplate = await CreateAsync(intruder, new { name = "Theirs" });
        var lead = await (await intruder.PostAsJsonAsync("/api/v1/leads", new { email = "l@x.com" })).Content.ReadFromJsonAsync<JsonElement>();

        foreach (var response in new[]
        {
            await intruder.GetAsync($"/api/v1/templates/{Id(template)}"),
            await intruder.PatchAsync($"/api/v1/templates/{Id(template)}", Json("""{"name":"hacked"}""")),
            await intruder.DeleteAsync($"/api/v1/templates/{Id(template)}"),
            await intruder.PostAsJsonAsync($"/api/v1/templates/{Id(template)}/preview", new { leadId = Id(lead) }),
            await intruder.PostAsJsonAsync($"/api/v1/templates/{Id(ownTemplate)}/folders", new { folderId = folder }),
            await intruder.PostAsJsonAsync($"/api/v1/templates/{Id(ownTemplate)}/tags", new { tagId = tag }),
            await intruder.GetAsync($"/api/v1/template-folders/{folder}"),
            await intruder.PatchAsync($"/api/v1/template-folders/{folder}", Json("""{"name":"hacked"}""")),
            await intruder.DeleteAsync($"/api/v1/template-folders/{folder}"),
            await intruder.GetAsync($"/api/v1/tags/{tag}"),
            await intruder.PatchAsync($"/api/v1/tags/{tag}", Json("""{"value":"hacked"}""")),
            await intruder.DeleteAsync($"/api/v1/tags/{tag}"),
        })
        {
            await AssertProblemAsync(response, HttpStatusCode.NotFound);
        }

        Assert.Equal("Private", (await owner.GetFromJsonAsync<JsonElement>($"/api/v1/templates/{Id(template)}")).GetProperty("name").GetString());
        Assert.Equal("Mine", (await owner.GetFromJsonAsync<JsonElement>($"/api/v1/template-folders/{folder}")).GetProperty("name").GetString());
        Assert.Equal("mine", (await owner.GetFromJsonAsync<JsonElement>($"/api/v1/tags/{tag}")).GetProperty("value").GetString());
    }

    /// <summary>A platform default tag (no tenant), which the tenant's list shows as such.</summary>
    private async Task<long> PlatformDefaultTagAsync(HttpClient client)
    {
        var id = await api.PlatformScalarAsync<long>($"INSERT INTO tags (tenant_id, value, is_default) VALUES (NULL, 'default-{Guid.NewGuid().ToString("N")[..12]}', TRUE) RETURNING id");
        var listed = (await client.GetFromJsonAsync<JsonElement>("/api/v1/tags?limit=100")).GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetInt64() == id);
        Assert.True(listed.GetProperty("isPlatformDefault").GetBoolean());
        return id;
    }

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(Id).ToList();

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/templates", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
