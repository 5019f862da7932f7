using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PenguinMails.IntegrationTests.Api.Security;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.Api;

/// <summary>
/// Hostile input generated from the OpenAPI document: every operation, with its body mutated field by field (wrong
/// types, nulls, missing and extra fields, huge strings, SQL and script fragments, boundary numbers) and whole (deep
/// nesting, invalid UTF-8, wrong shapes), malformed ids and cursors. At least 10,000 requests: no 5xx, every error a
/// problem-details body, no secret in any body. Seeded, so a failure replays.
/// </summary>
public sealed class HostileInputFuzzTests(TwoConnectionApiFixture api) : IClassFixture<TwoConnectionApiFixture>
{
    private const int Requests = 10_000;
    private static readonly string[] Strings =
    [
        "", " ", "'; DROP TABLE leads; --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "ünïcødé ✓ 𝄞",
        new string('x', 100_000), "{{firstName", "null", "1e309", "-1", "00000000-0000-0000-0000-000000000000",
    ];

    private static readonly JsonNode?[] Values =
    [
        null, true, 0, -1, int.MaxValue, long.MaxValue, 1e308, -1e308, 0.5, JsonValue.Create("not-a-uuid"), new JsonArray(), new JsonObject(),
        new JsonArray(1, "two", null), JsonValue.Create(new string('y', 20_000)),
    ];

    private static readonly string[] Ids = ["not-a-guid", "1", "'%20OR%201=1", new string('9', 5000), "00000000-0000-0000-0000-000000000000", Guid.NewGuid().ToString()];

    private static readonly string[] Queries =
    [
        "?limit=-1", "?limit=0", "?limit=2147483648", "?limit=abc", "?cursor=!!!", "?cursor=" + new string('A', 5000), "?cursor=eyJ4Ijoi",
        "?status=%27", "?q=%25%5F%5C", "?q=a%00", "?status=active%00", "?month=9999-12", "?month=2026-11%00",
        "?cursor=" + Cursor("[\"2026-01-01T00:00:00+05:00\",\"00000000-0000-0000-0000-000000000000\"]"),
        "?cursor=" + Cursor("[\"9999-12-31T23:59:59-05:00\",\"00000000-0000-0000-0000-000000000000\"]"),
        "?cursor=" + Cursor("[\"2026-01-01T00:00:00Z\",\"a\\u0000\"]"), "?cursor=" + Cursor("a\u0000b@example.com"),
    ];

    // Instants as a client may send them: at an offset, at the calendar's edges, and not in the calendar at all.
    private static readonly string[] Instants =
    [
        "2027-01-01T00:00:00+05:00", "2027-01-01T00:00:00-12:00", "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+14:00",
        "2027-02-30T00:00:00Z", "2027-01-01", "9999-12-31T23:59:59.9999999Z",
    ];

    private readonly IdentityClient _identity = new(api.Factory);

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_5xx_and_only_problem_details()
    {
        var owner = await _identity.SignUpVerifiedAsync();
        await api.PutOnRateLimitAsync(owner.TenantId, 1000000);
        var document = JsonNode.Parse(await _identity.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var operations = Operations(document).ToList();
        Assert.True(operations.Count > 80, $"only {operations.Count} operations");

        var random = new Random(20261122);
        var client = _identity.As(owner);
        var failures = new List<string>();
        var sent = 0;
        while (sent < Requests)
        {
            foreach (var (method, template, schema) in operations)
            {
                // Sessions end on a few routes (sign-out, account deletion): never send those, they end the run, not the test.
                if (template.EndsWith("/logout", StringComparison.Ordinal) || (method == "DELETE" && template is "/api/v1/me" or "/api/v1/tenants/current"))
                {
                    continue;
                }

                using var request = new HttpRequestMessage(new HttpMethod(method), Path(template, random));
                if (schema is not null || method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = Body(schema, document, random);
                }

                using var response = await client.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                if (status >= 500
                    || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    || text.Contains(api.Factory.SigningKey, StringComparison.Ordinal) || text.Contains(api.Factory.SecretsMasterKey, StringComparison.Ordinal))
                {
                    var requestId = response.Headers.TryGetValues("X-Request-Id", out var values) ? values.First() : "";
                    var cause = api.Factory.Logs.Entries.FirstOrDefault(e => e.Exception is not null && e.Fields.Values.Contains(requestId))?.Exception?.Split('\n')[0];
                    failures.Add($"{method} {request.RequestUri}: {status} {response.Content.Headers.ContentType} {text[..Math.Min(200, text.Length)]} {cause}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join('\n', failures.Take(30)));

        // Whatever the fuzz did to the pool's connections, another tenant's requests on each of them are served.
        var other = await _identity.SignUpVerifiedAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, TwoConnectionApiFixture.PoolSize * 4).Select(i => i % 2 == 0
            ? _identity.LogInAsync(other.Email, other.Password)
            : _identity.As(other).GetAsync("/api/v1/leads?q=a")));
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
    }

    private static string Cursor(string json) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    [Fact]
    public async Task A_nul_character_in_any_text_is_a_400_and_nothing_is_stored()
    {
        var owner = await _identity.SignUpVerifiedAsync();

        var response = await _identity.As(owner).PostAsync("/api/v1/leads", Raw(Encoding.UTF8.GetBytes("""{"email":"nul@example.com","name":"a\u0000b"}""")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await api.PlatformScalarAsync<long>($"SELECT count(*) FROM leads WHERE tenant_id = '{owner.TenantId}'"));
    }

    private static IEnumerable<(string Method, string Template, JsonNode? Schema)> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                yield return (method.ToUpperInvariant(), path, operation?["requestBody"]?["content"]?["application/json"]?["schema"]);
            }
        }
    }

    private static string Path(string template, Random random)
    {
        var path = string.Join('/', template.Split('/').Select(s => s.StartsWith('{') ? Ids[random.Next(Ids.Length)] : s));
        return random.Next(3) == 0 ? path + Queries[random.Next(Queries.Length)] : path;
    }

    /// <summary>A valid-looking body from the schema, then one mutation of it or of the whole.</summary>
    private static HttpContent Body(JsonNode? schema, JsonNode document, Random random)
    {
        switch (random.Next(12))
        {
            case 0:
                return Raw(Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)));
            case 1:
                return Raw([0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]); // {"n":"\xC3(\xFF"}: invalid UTF-8
            case 2:
                return Raw(Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "" : "[1,2,3]"));
            case 3:
                return new StringContent("email=x", Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        var body = Sample(Resolve(schema, document), document, random, depth: 0) as JsonObject ?? new JsonObject();
        var names = body.Select(p => p.Key).ToList();
        if (names.Count > 0)
        {
            var name = names[random.Next(names.Count)];
            switch (random.Next(4))
            {
                case 0: body.Remove(name); break;
                case 1: body[name] = Values[random.Next(Values.Length)]?.DeepClone(); break;
                default: body[name] = Strings[random.Next(Strings.Length)]; break;
            }
        }

        body["unexpected" + random.Next(3)] = "extra";
        return Raw(Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    private static JsonNode? Sample(JsonNode? schema, JsonNode document, Random random, int depth)
    {
        schema = Resolve(schema, document);
        if (schema is null || depth > 4)
        {
            return null;
        }

        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue value => value.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : null,
        };
        return type switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? new JsonObject())
                .Select(p => KeyValuePair.Create(p.Key, Sample(p.Value, document, random, depth + 1)))),
            "array" => new JsonArray(Sample(schema["items"], document, random, depth + 1)),
            "integer" => random.Next(1, 100),
            "number" => 1.5,
            "boolean" => true,
            "string" when schema["format"]?.GetValue<string>() == "uuid" => Guid.NewGuid().ToString(),
            "string" when schema["format"]?.GetValue<string>() == "date-time" =>
                random.Next(2) == 0 ? DateTimeOffset.UtcNow.AddDays(1).ToString("O") : Instants[random.Next(Instants.Length)],
            "string" => Strings[random.Next(Strings.Length)],
            _ => null,
        };
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonNode document)
    {
        for (var hops = 0; schema?["$ref"] is { } reference && hops < 10; hops++)
        {
            schema = reference.GetValue<string>().TrimStart('#', '/').Split('/').Aggregate((JsonNode?)document, (node, part) => node?[part]);
        }

        return schema;
    }

    private static ByteArrayContent Raw(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
