using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PenguinMails.Benchmarks;

/// <summary>The table of figures: value, the baseline measured in the same run, their ratio and the target.</summary>
internal sealed class Report
{
    private readonly List<Row> _rows = [];
    private readonly List<string> _notes = [];

    /// <param name="lowerIsBetter">Times: the ratio is value ÷ baseline and the target a ceiling; rates: the target is a floor.</param>
    /// <param name="met">When the target is not the ratio alone (an absolute bound too).</param>
    public void Add(string figure, double value, double baseline, string target, bool lowerIsBetter, bool? met = null, int errors = 0)
    {
        var ratio = baseline == 0 ? 0 : Math.Round(value / baseline, 3);
        var bound = TargetRatio(target);
        _rows.Add(new Row(figure, value, baseline, ratio, target,
            met ?? (bound is not { } b || (lowerIsBetter ? ratio <= b : ratio >= b)), errors));
    }

    /// <summary>A figure held to an absolute bound, with no baseline to compare it with.</summary>
    public void Bound(string figure, double value, string target, bool met) => _rows.Add(new Row(figure, value, null, null, target, met, 0));

    public void Footprint(string figure, double value) => _rows.Add(new Row(figure, Math.Round(value, 1), null, null, "—", null, 0));

    public void Note(string text) => _notes.Add(text);

    public async Task WriteAsync(string markdown, string json, int seconds)
    {
        var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:F0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks");
        text.AppendLine();
        text.AppendLine($"Written by `./build/bench.sh` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC ({machine}). Every figure is compared with a baseline measured in");
        text.AppendLine($"the same run (ratio = value ÷ baseline); load runs last {seconds} s after a 2 s warm-up, from a separate load-generator process on loopback.");
        text.AppendLine("How each figure is measured: `docs/benchmarks-method.md`. Machine-readable: `docs/benchmarks.json`.");
        text.AppendLine();
        text.AppendLine("| figure | value | baseline | ratio | target | met |");
        text.AppendLine("| --- | ---: | ---: | ---: | --- | --- |");
        foreach (var row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Figure}{(row.Errors > 0 ? $" ({row.Errors} errors)" : "")} | {row.Value:0.###} | {row.Baseline?.ToString("0.###", CultureInfo.InvariantCulture) ?? "—"} | {row.Ratio?.ToString("0.###", CultureInfo.InvariantCulture) ?? "—"} | {row.Target} | {(row.Met is null ? "—" : row.Met.Value ? "yes" : "**no**")} |");
        }

        foreach (var note in _notes)
        {
            text.AppendLine();
            text.AppendLine(note);
        }

        await File.WriteAllTextAsync(markdown, text.ToString());
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(new { written = DateTimeOffset.UtcNow, machine, loadSeconds = seconds, figures = _rows, notes = _notes },
            new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    }

    private static double? TargetRatio(string target) =>
        target.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var number, ..] && double.TryParse(number, CultureInfo.InvariantCulture, out var value) && !target.StartsWith("value", StringComparison.Ordinal)
            ? value : null;

    private sealed record Row(string Figure, double Value, double? Baseline, double? Ratio, string Target, bool? Met, int Errors);
}
