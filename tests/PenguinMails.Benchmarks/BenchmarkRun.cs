using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace PenguinMails.Benchmarks;

/// <summary>
/// Seeds (once) and measures, writing docs/benchmarks.md and docs/benchmarks.json. Every figure is a ratio against a
/// baseline measured in the same run; nothing here fails a build.
/// </summary>
internal static partial class BenchmarkRun
{
    private const int Concurrency = 16;
    private const int WarmupSeconds = 6;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Option(args, "--root") ?? Directory.GetCurrentDirectory();
        var server = Option(args, "--server") ?? "Host=127.0.0.1;Port=55432";
        var seconds = int.Parse(Option(args, "--seconds") ?? "8", CultureInfo.InvariantCulture);
        var sections = (Option(args, "--sections") ?? "growth,path,import,isolation,sending,claim").Split(',');
        var paths = new Paths(root);
        var report = new Report();
        var large = new BenchDatabase(server, "penguinmails_bench_1m", 1_000_000);
        var small = new BenchDatabase(server, "penguinmails_bench_100k", 100_000);

        foreach (var database in new[] { small, large })
        {
            if (await database.PrepareAsync())
            {
                Console.WriteLine($"seeding {database.Name} ({database.TotalLeads:N0} leads)…");
                var seeding = Stopwatch.StartNew();
                await using var seeder = await ApiServer.StartAsync(database, paths, 55490);
                await database.SeedAsync(Client(seeder.Url), seeder);
                Console.WriteLine($"seeded {database.Name} in {seeding.Elapsed.TotalSeconds:F0} s");
            }
        }

        // Growth first, on a quiet server: the same tenant's first pages with 100,000 and with 1,000,000 leads in the table.
        var smallFigures = sections.Contains("growth") ? await MeasureReadsAsync(small, paths) : null;
        await using (var api = await ApiServer.StartAsync(large, paths, 55491))
        {
            var http = Client(api.Url);
            var account = await large.SignInAsync(http);
            if (smallFigures is not null)
            {
                var largeFigures = await MeasureReadsAsync(http, account);
                report.Add("Growth: first page of a tenant's leads, 1M vs 100k leads in the table (median ms)", largeFigures.FirstLeads, smallFigures.FirstLeads, "≤ 1.2", lowerIsBetter: true);
                report.Add("Growth: a tenant's campaign list, 1M vs 100k leads (median ms)", largeFigures.Campaigns, smallFigures.Campaigns, "≤ 1.2", lowerIsBetter: true);
                report.Add("Growth: page 1,000 by cursor vs page 1 (median ms)", largeFigures.DeepPage, largeFigures.FirstLeads, "≤ 1.2", lowerIsBetter: true);
            }

            report.Footprint("Start-up to ready (ms)", api.StartupTime.TotalMilliseconds);
            report.Footprint("API memory idle (RSS MiB)", api.RssBytes() / 1048576.0);

            if (sections.Contains("path"))
            {
                await MeasureRequestPathAsync(api, account, paths, seconds, report);
            }

            if (sections.Contains("import"))
            {
                await MeasureImportAsync(http, account, large, paths, report);
            }
        }

        if (sections.Contains("isolation"))
        {
            await MeasureIsolationAsync(large, paths, report);
        }

        if (sections.Contains("sending"))
        {
            await SendingBenchmark.MeasureAsync(large, paths, report);
        }

        if (sections.Contains("claim"))
        {
            await ClaimBenchmark.MeasureAsync(large, paths, report);
        }

        await report.WriteAsync(Path.Combine(root, "docs", "benchmarks.md"), Path.Combine(root, "docs", "benchmarks.json"), seconds);
        Console.WriteLine(File.ReadAllText(Path.Combine(root, "docs", "benchmarks.md")));
        return 0;
    }

    private static async Task<ReadFigures> MeasureReadsAsync(BenchDatabase database, Paths paths)
    {
        await using var api = await ApiServer.StartAsync(database, paths, 55492);
        var http = Client(api.Url);
        return await MeasureReadsAsync(http, await database.SignInAsync(http));
    }

    /// <summary>
    /// One client, one request at a time: the cost of a request, not the server's throughput. The three requests are
    /// timed in turn, round after round, after a warm-up, so the JIT and the caches treat them alike.
    /// </summary>
    private static async Task<ReadFigures> MeasureReadsAsync(HttpClient http, BenchAccount account)
    {
        Authorize(http, account);
        const int rounds = 300;
        const string firstPage = "/api/v1/leads?limit=25";
        const string campaigns = "/api/v1/campaigns?limit=25";

        // Walk 999 pages by cursor to reach page 1,000 (also the warm-up).
        string? cursor = null;
        for (var page = 1; page < 1000; page++)
        {
            var body = JsonDocument.Parse(await http.GetStringAsync($"{firstPage}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"));
            cursor = body.RootElement.GetProperty("nextCursor").GetString() ?? throw new InvalidOperationException($"the tenant's leads ended at page {page}");
        }

        var deepPage = $"{firstPage}&cursor={Uri.EscapeDataString(cursor!)}";
        string[] paths = [firstPage, campaigns, deepPage];
        var times = paths.ToDictionary(p => p, _ => new List<double>(rounds));
        for (var round = -200; round < rounds; round++)
        {
            foreach (var path in paths)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                if (round >= 0)
                {
                    times[path].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        return new ReadFigures(Median(times[firstPage]), Median(times[campaigns]), Median(times[deepPage]));
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return Math.Round(times[times.Count / 2], 3);
    }

    private static async Task MeasureRequestPathAsync(ApiServer api, BenchAccount account, Paths paths, int seconds, Report report)
    {
        string[] full = [$"Authorization: Bearer {account.Token}", $"X-Tenant-Id: {account.TenantId}"];
        string[] baseline = [$"X-Tenant-Id: {account.TenantId}", $"X-User-Id: {account.UserId}"];
        (string Name, string Method, string FullPath, string BaselinePath, string? Body)[] operations =
        [
            ("get one lead", "GET", $"/api/v1/leads/{account.LeadId}", $"/bench/baseline/leads/{account.LeadId}", null),
            ("list a page of leads (25)", "GET", "/api/v1/leads?limit=25", "/bench/baseline/leads?limit=25", null),
            ("create a lead", "POST", "/api/v1/leads", "/bench/baseline/leads", """{"email":"load-{n}@bench.example","name":"Load test"}"""),
            ("get a campaign's steps", "GET", $"/api/v1/campaigns/{account.CampaignId}/steps", $"/bench/baseline/campaigns/{account.CampaignId}/steps", null),
        ];

        long peakRss = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakRss = Math.Max(peakRss, api.RssBytes());
                await Task.Delay(200);
            }
        });

        // The JIT needs tens of thousands of requests to reach its optimised code: warm every route first, unmeasured.
        foreach (var (_, method, fullPath, baselinePath, body) in operations)
        {
            await LoadAsync(paths, api.Url + fullPath, method, full, body, WarmupSeconds, rate: null);
            await LoadAsync(paths, api.Url + baselinePath, method, baseline, body, WarmupSeconds, rate: null);
        }

        foreach (var (name, method, fullPath, baselinePath, body) in operations)
        {
            var fullMax = await LoadAsync(paths, api.Url + fullPath, method, full, body, seconds, rate: null);
            var baseMax = await LoadAsync(paths, api.Url + baselinePath, method, baseline, body, seconds, rate: null);
            var fullHalf = await LoadAsync(paths, api.Url + fullPath, method, full, body, seconds, rate: (int)Math.Max(1, fullMax.Rps / 2));
            var baseHalf = await LoadAsync(paths, api.Url + baselinePath, method, baseline, body, seconds, rate: (int)Math.Max(1, baseMax.Rps / 2));
            report.Add($"Request path: {name}, requests/s at concurrency {Concurrency}", fullMax.Rps, baseMax.Rps, "≥ 0.70", lowerIsBetter: false,
                errors: fullMax.Errors + baseMax.Errors);
            report.Add($"Request path: {name}, p50 ms at half the maximum ({(int)(fullMax.Rps / 2)}/s; baseline at half its own)", fullHalf.P50, baseHalf.P50, "—", lowerIsBetter: true);
            report.Add($"Request path: {name}, p99 ms at half the maximum", fullHalf.P99, baseHalf.P99, "value < 10 ms", lowerIsBetter: true,
                met: fullHalf.P99 < 10, errors: fullHalf.Errors + baseHalf.Errors);
        }

        await sampling.CancelAsync();
        await sampler;
        report.Footprint("API memory under the request-path load (peak RSS MiB)", peakRss / 1048576.0);
    }

    private static async Task<LoadResult> LoadAsync(Paths paths, string url, string method, string[] headers, string? body, int seconds, int? rate)
    {
        var arguments = new List<string> { typeof(BenchmarkRun).Assembly.Location, "load", "--url", url, "--method", method, "--seconds", $"{seconds}", "--concurrency", $"{Concurrency}" };
        foreach (var header in headers)
        {
            arguments.AddRange(["--header", header]);
        }

        if (body is not null)
        {
            arguments.AddRange(["--body", body]);
        }

        if (rate is { } r)
        {
            arguments.AddRange(["--rate", $"{r}"]);
        }

        var output = await RunAsync("dotnet", arguments, paths.Root);
        var result = JsonSerializer.Deserialize<LoadResult>(output.Trim().Split('\n')[^1]) ?? throw new InvalidOperationException("no load result");
        Console.WriteLine($"  {method} {new Uri(url).PathAndQuery}{(rate is null ? "" : $" at {rate}/s")}: {result.Rps}/s p50 {result.P50} ms p99 {result.P99} ms, {result.Errors} errors");
        return result;
    }

    /// <summary>100,000 rows through the import route, against psql's COPY of the same rows into the same table.</summary>
    private static async Task MeasureImportAsync(HttpClient http, BenchAccount account, BenchDatabase database, Paths paths, Report report)
    {
        const int rows = 100_000;
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = Path.Combine(paths.Work, "import.csv");
        var copy = Path.Combine(paths.Work, "copy.csv");
        var scratchTenant = await ScalarAsync<Guid>(database.Super, "SELECT id FROM tenants WHERE name = 'Bench tenant 1'");
        await using (var api_file = File.CreateText(csv))
        await using (var copy_file = File.CreateText(copy))
        {
            await api_file.WriteLineAsync("email,name,company");
            for (var i = 0; i < rows; i++)
            {
                var line = $"imp-{run}-{i}@import{i % 89}.example,Imported {i},Importer {i % 300}";
                await api_file.WriteLineAsync(line);
                await copy_file.WriteLineAsync($"{scratchTenant},{line}");
            }
        }

        Authorize(http, account);
        var started = Stopwatch.GetTimestamp();
        await using (var stream = File.OpenRead(csv))
        {
            using var content = new StreamContent(stream);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var response = await http.PostAsync("/api/v1/leads/import", content);
            var answer = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || JsonDocument.Parse(answer).RootElement.GetProperty("inserted").GetInt32() != rows)
            {
                throw new InvalidOperationException($"the import did not insert {rows} rows: {answer}");
            }
        }

        var importSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        await RunAsync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", ToUri(database.Super), "-c", $"\\copy leads (tenant_id, email, name, company) FROM '{copy}' WITH (FORMAT csv)"], paths.Root);
        var copySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        Console.WriteLine($"  import: {rows / importSeconds:F0} rows/s; COPY: {rows / copySeconds:F0} rows/s");
        await MeasureEnrollmentAsync(http, account, database, run, rows, report);
        await ExecuteAsync(database.Super, $"DELETE FROM leads WHERE email LIKE 'imp-{run}-%'"); // their enrollments go with them
        await ExecuteAsync(database.Super, "VACUUM ANALYZE leads");
        report.Add($"Lead import: {rows:N0} CSV rows through POST /api/v1/leads/import vs psql \\copy (rows/s)",
            Math.Round(rows / importSeconds), Math.Round(rows / copySeconds), "≥ 0.50 and value ≥ 50,000", lowerIsBetter: false, met: rows / importSeconds >= 50_000 && copySeconds / importSeconds >= 0.5);
    }

    /// <summary>
    /// The imported leads enrolled into one of the tenant's campaigns in one call (chosen by the filter's prefix), against
    /// the bare INSERT … SELECT of the same rows into another campaign as the superuser (no RLS, no checks).
    /// </summary>
    private static async Task MeasureEnrollmentAsync(HttpClient http, BenchAccount account, BenchDatabase database, string run, int rows, Report report)
    {
        var baselineCampaign = await ScalarAsync<Guid>(database.Super,
            $"SELECT id FROM campaigns WHERE tenant_id = '{account.TenantId}' AND id <> '{account.CampaignId}' ORDER BY created LIMIT 1");
        var started = Stopwatch.GetTimestamp();
        using (var response = await http.PostAsJsonAsync($"/api/v1/campaigns/{account.CampaignId}/leads", new { filter = new { q = $"imp-{run}-" } }))
        {
            var answer = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || JsonDocument.Parse(answer).RootElement.GetProperty("added").GetInt32() != rows)
            {
                throw new InvalidOperationException($"the enrollment did not add {rows} leads: {answer}");
            }
        }

        var enrollSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        await ExecuteAsync(database.Super, $"""
            INSERT INTO campaign_leads (id, tenant_id, campaign_id, lead_id)
            SELECT gen_random_uuid(), tenant_id, '{baselineCampaign}', id FROM leads WHERE tenant_id = '{account.TenantId}' AND email LIKE 'imp-{run}-%'
            """);
        var insertSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"  enrollment: {rows / enrollSeconds:F0} leads/s; INSERT … SELECT: {rows / insertSeconds:F0} rows/s");
        report.Add($"Enrollment: {rows:N0} leads into a campaign in one POST /api/v1/campaigns/{{id}}/leads vs a bare INSERT … SELECT (leads/s)",
            Math.Round(rows / enrollSeconds), Math.Round(rows / insertSeconds), "value ≥ 50,000", lowerIsBetter: false, met: rows / enrollSeconds >= 50_000);
    }

    /// <summary>The lead list query under the API role with its tenant context, against the platform role (BYPASSRLS) with the tenant in the WHERE clause.</summary>
    private static async Task MeasureIsolationAsync(BenchDatabase database, Paths paths, Report report)
    {
        var tenant = await ScalarAsync<Guid>(database.Super, "SELECT tenant_id FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE p.slug = 'benchmark'");
        var query = $"SELECT l.id, l.company, l.email, l.name, l.status, l.tenant_id, l.updated FROM leads AS l WHERE l.tenant_id = '{tenant}' ORDER BY l.email LIMIT 26;";
        var rls = Path.Combine(paths.Work, "rls.sql");
        var open = Path.Combine(paths.Work, "no-rls.sql");
        // As the API sends a query: the context and the statement in one round trip, one implicit transaction ("\;" joins them).
        await File.WriteAllTextAsync(rls, $"CALL set_app_context('{tenant}', NULL) \\; {query}\n");
        await File.WriteAllTextAsync(open, $"{query}\n");

        var withRls = await PgbenchAsync(database.As("penguinmails_app"), rls, paths);
        var without = await PgbenchAsync(database.As("penguinmails_platform"), open, paths);
        var contextOnly = await PgbenchAsync(database.As("penguinmails_platform"), rls, paths); // the same CALL, but BYPASSRLS: no policy
        Console.WriteLine($"  lead list: {withRls} tps with RLS, {without} tps without, {contextOnly} tps with the context call and no policy");
        await using var connection = new NpgsqlConnection(database.As("penguinmails_app"));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var context = new NpgsqlCommand($"CALL set_app_context('{tenant}', NULL)", connection, transaction))
        {
            await context.ExecuteNonQueryAsync();
        }

        var plan = new StringBuilder();
        await using (var explain = new NpgsqlCommand("EXPLAIN " + query, connection, transaction))
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        var index = IndexName().Match(plan.ToString()) is { Success: true } m ? m.Groups[1].Value : "none";
        report.Add("Cost of isolation: lead list transactions/s, API role with RLS context vs platform role without RLS (pgbench, 2 clients)",
            withRls, without, "≥ 0.90", lowerIsBetter: false);
        report.Add("Cost of isolation, the row policy alone: API role vs platform role, both sending the context call",
            withRls, contextOnly, "≥ 0.90", lowerIsBetter: false);
        report.Note($"Plan of the lead list under RLS: {(index.Contains("tenant", StringComparison.Ordinal) ? "uses" : "does NOT use")} the tenant index (`{index}`).\n\n```\n{plan.ToString().Trim()}\n```");
    }

    private static async Task<double> PgbenchAsync(string connection, string script, Paths paths)
    {
        var output = await RunAsync("pgbench", ["-n", "-c", "2", "-j", "2", "-T", "10", "-f", script, ToUri(connection)], paths.Root);
        var tps = TpsLine().Match(output);
        return tps.Success ? Math.Round(double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture)) : throw new InvalidOperationException("pgbench: " + output);
    }

    private static HttpClient Client(string url) => new() { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };

    private static void Authorize(HttpClient http, BenchAccount account)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        http.DefaultRequestHeaders.Remove("X-Tenant-Id");
        http.DefaultRequestHeaders.Add("X-Tenant-Id", account.TenantId.ToString());
    }

    private static async Task<string> RunAsync(string file, IEnumerable<string> arguments, string directory)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output + await error : throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {await error}");
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>psql and pgbench take a URI: postgresql://user@host:port/database.</summary>
    private static string ToUri(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    [GeneratedRegex(@"Index (?:Only )?Scan using (\S+)")]
    private static partial Regex IndexName();

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();

    private sealed record ReadFigures(double FirstLeads, double Campaigns, double DeepPage);
}
