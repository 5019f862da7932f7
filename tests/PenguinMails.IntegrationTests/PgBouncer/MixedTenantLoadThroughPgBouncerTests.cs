using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PenguinMails.IntegrationTests.Infrastructure;

namespace PenguinMails.IntegrationTests.PgBouncer;

/// <summary>
/// Fifty tenants at once, 20,000 requests, the API reaching PostgreSQL through PgBouncer in transaction pooling (ten
/// server connections for the API's role, so every one serves many tenants in turn): mostly reads, as real traffic
/// is, with writes, idempotent retries and probes of other tenants' ids interleaved. Every answer must show the caller's own rows only, and every row
/// stored must belong to the tenant that wrote it.
/// </summary>
public sealed class MixedTenantLoadThroughPgBouncerTests(PgBouncerApiFixture api) : IClassFixture<PgBouncerApiFixture>
{
    private const int Tenants = 50;
    private const int RequestsPerTenant = 400;
    private const int InFlight = 8;
    private readonly IdentityClient _identity = new(api.Factory);
    private readonly ConcurrentQueue<string> _wrong = new();
    private readonly ConcurrentDictionary<int, ConcurrentQueue<Guid>> _leads = new();

    // Requests in flight at once, across all tenants: enough to interleave tenants on every server connection, few
    // enough that two cores spend their time serving rather than switching.
    private readonly SemaphoreSlim _inFlight = new(InFlight);

    [Fact]
    public async Task Fifty_tenants_and_twenty_thousand_mixed_requests_see_no_row_of_another_tenant()
    {
        var accounts = await Task.WhenAll(Enumerable.Range(0, Tenants).Select(n => _identity.SignUpVerifiedAsync(tenantName: Marker(n))));
        for (var n = 0; n < Tenants; n++)
        {
            _leads[n] = new ConcurrentQueue<Guid>();
        }

        var sent = await Task.WhenAll(Enumerable.Range(0, Tenants).Select(n => RunTenantAsync(n, accounts[n])));

        Assert.Equal(Tenants * RequestsPerTenant, sent.Sum());
        Assert.True(_wrong.IsEmpty, $"{_wrong.Count} wrong answers:\n" + string.Join('\n', _wrong.Take(20)));

        // Stored rows: each tenant's leads and templates carry its own marker, and are exactly the ones acknowledged.
        var tenantOf = accounts.Select((a, n) => (a.TenantId, Marker: Marker(n))).ToDictionary(x => x.Marker, x => x.TenantId);
        var misplaced = await api.PlatformScalarAsync<long>($"""
            SELECT (SELECT count(*) FROM leads l WHERE l.company <> (SELECT name FROM tenants t WHERE t.id = l.tenant_id))
                 + (SELECT count(*) FROM templates m WHERE split_part(m.name, '/', 1) <> (SELECT name FROM tenants t WHERE t.id = m.tenant_id))
            """);
        Assert.Equal(0L, misplaced);
        Assert.Equal(_leads.Values.Sum(q => q.Count), await api.PlatformScalarAsync<long>(
            $"SELECT count(*) FROM leads WHERE tenant_id = ANY('{{{string.Join(',', tenantOf.Values)}}}'::uuid[])"));
    }

    private static string Marker(int tenant) => $"tenant-{tenant:D2}";

    private async Task<int> RunTenantAsync(int n, Account account)
    {
        var client = _identity.As(account);
        var random = new Random(n);
        var marker = Marker(n);
        var mine = _leads[n];
        var sent = 0;
        while (sent < RequestsPerTenant)
        {
            var roll = random.Next(100);
            if (roll < 6 || mine.IsEmpty)
            {
                sent += await CreateLeadAsync(client, n, marker, retry: roll < 1 && sent + 2 <= RequestsPerTenant);
            }
            else if (roll < 51)
            {
                sent++;
                var id = mine.ElementAt(random.Next(mine.Count));
                await ExpectAsync(() => client.GetAsync($"/api/v1/leads/{id}"), HttpStatusCode.OK, body => Own(body, marker, id));
            }
            else if (roll < 71)
            {
                sent++;
                await ExpectAsync(() => client.GetAsync("/api/v1/leads?limit=25"), HttpStatusCode.OK,
                    body => body.GetProperty("items").EnumerateArray().All(lead => lead.GetProperty("company").GetString() == marker));
            }
            else if (roll < 75)
            {
                sent++;
                var id = mine.ElementAt(random.Next(mine.Count));
                await ExpectAsync(() => client.PatchAsJsonAsync($"/api/v1/leads/{id}", new { name = $"{marker} edited" }), HttpStatusCode.OK, body => Own(body, marker, id));
            }
            else if (roll < 80)
            {
                // Another tenant's lead, by id: must not exist for this tenant.
                sent++;
                var other = _leads[(n + 1 + random.Next(Tenants - 1)) % Tenants];
                var target = other.IsEmpty ? Guid.NewGuid() : other.ElementAt(random.Next(other.Count));
                await ExpectAsync(() => client.GetAsync($"/api/v1/leads/{target}"), HttpStatusCode.NotFound, _ => true);
            }
            else if (roll < 82)
            {
                sent++;
                await ExpectAsync(() => client.PostAsJsonAsync("/api/v1/templates", new { name = $"{marker}/{Guid.NewGuid():N}", subject = "Hi" }), HttpStatusCode.Created,
                    body => body.GetProperty("name").GetString()!.StartsWith(marker + "/", StringComparison.Ordinal));
            }
            else if (roll < 92)
            {
                sent++;
                await ExpectAsync(() => client.GetAsync("/api/v1/templates?limit=25"), HttpStatusCode.OK,
                    body => body.GetProperty("items").EnumerateArray().All(t => t.GetProperty("name").GetString()!.StartsWith(marker + "/", StringComparison.Ordinal)));
            }
            else
            {
                sent++;
                await ExpectAsync(() => client.GetAsync("/api/v1/tenants/current"), HttpStatusCode.OK, body => body.GetProperty("id").GetGuid() == account.TenantId);
            }
        }

        return sent;
    }

    /// <summary>A lead with the tenant's marker; with <paramref name="retry"/>, sent twice under one Idempotency-Key (the retry must replay the first answer).</summary>
    private async Task<int> CreateLeadAsync(HttpClient client, int n, string marker, bool retry)
    {
        var body = new { email = $"{Guid.NewGuid():N}@{marker}.example", company = marker };
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/leads") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        Guid? created = null;
        await ExpectAsync(() => client.SendAsync(Request()), HttpStatusCode.Created, answer =>
        {
            created = answer.GetProperty("id").GetGuid();
            return answer.GetProperty("company").GetString() == marker;
        });
        if (created is { } id)
        {
            _leads[n].Enqueue(id);
        }

        if (!retry)
        {
            return 1;
        }

        await ExpectAsync(() => client.SendAsync(Request()), HttpStatusCode.Created, answer => answer.GetProperty("id").GetGuid() == created);
        return 2;
    }

    private static bool Own(JsonElement lead, string marker, Guid id) =>
        lead.GetProperty("id").GetGuid() == id && lead.GetProperty("company").GetString() == marker;

    private async Task ExpectAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, Func<JsonElement, bool> isOwn)
    {
        await _inFlight.WaitAsync();
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        finally
        {
            _inFlight.Release();
        }

        using var _ = response;
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != status)
        {
            _wrong.Enqueue($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        }
        else if (status != HttpStatusCode.NotFound && !isOwn(JsonDocument.Parse(text).RootElement))
        {
            _wrong.Enqueue($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: another tenant's data in {text[..Math.Min(300, text.Length)]}");
        }
    }
}
