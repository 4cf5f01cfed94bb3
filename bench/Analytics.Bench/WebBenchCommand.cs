using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Store;

namespace Analytics.Bench;

/// <summary>`analytics-bench web [--warehouse FILE] [--clients 20] [--seconds N] [--wrk] [--json]`: dashboard latency under
/// concurrent logged-in clients (see <see cref="WebBenchmark"/>); --wrk cross-checks each page kind with
/// wrk (when installed) against the same server and cookie.</summary>
internal static partial class WebBenchCommand
{
    public static Command Create(Option<bool> json, BenchConsole console)
    {
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds of measured load", DefaultValueFactory = _ => 20 };
        var wrk = new Option<bool>("--wrk") { Description = "Also run wrk on one URL of each page kind (same clients and seconds)" };
        var warehouseOption = new Option<string>("--warehouse")
        {
            Description = "The DuckDB warehouse file to serve (run `analytics demo` first)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ANALYTICS_WAREHOUSE") ?? WarehouseStore.DefaultPath,
        };
        var command = new Command("web", "Dashboard pages under concurrent logged-in clients: p50/p95/p99 per page")
            { clients, seconds, wrk, warehouseOption };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(clients);
            var s = parse.GetValue(seconds);
            if (n <= 0 || s <= 0) { console.Error.WriteLine("error: --clients and --seconds must be positive"); return 1; }
            var warehouse = parse.GetValue(warehouseOption)!;
            var wrkFigures = new List<(string Url, string Line)>();
            var result = WebBenchmark.Run(warehouse, n, s, m => console.Error.WriteLine(m), async r =>
            {
                if (!parse.GetValue(wrk)) return;
                foreach (var url in r.SampleUrls) wrkFigures.Add((url, await Wrk(r, url, n, s, console)));
            }).GetAwaiter().GetResult();
            var inv = CultureInfo.InvariantCulture;
            console.Out.WriteLine($"clients              {result.Clients} for {result.Seconds.ToString("0.0", inv)} s: " +
                $"{result.Requests:N0} requests, {result.RequestsPerSecond.ToString("0", inv)}/s, {result.Failures} failed");
            console.Out.WriteLine(
                $"server start         {result.StartSeconds.ToString("0.00", inv)} s (migrations and the read model included)");
            console.Out.WriteLine("page        requests     p50 ms   p95 ms   p99 ms   max ms");
            foreach (var p in result.Pages)
                console.Out.WriteLine($"{p.Page,-10} {p.Requests,9:N0} {p.P50,10:0.0} {p.P95,8:0.0} {p.P99,8:0.0} {p.Max,8:0.0}");
            foreach (var (url, line) in wrkFigures) console.Out.WriteLine($"wrk {url}: {line}");
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    bench = "web",
                    clients = result.Clients,
                    seconds = Math.Round(result.Seconds, 2),
                    requests = result.Requests,
                    failures = result.Failures,
                    requests_per_s = Math.Round(result.RequestsPerSecond, 1),
                    start_seconds = Math.Round(result.StartSeconds, 2),
                    pages = result.Pages.ToDictionary(p => p.Page, p => new
                    {
                        requests = p.Requests,
                        p50_ms = Math.Round(p.P50, 1),
                        p95_ms = Math.Round(p.P95, 1),
                        p99_ms = Math.Round(p.P99, 1),
                        max_ms = Math.Round(p.Max, 1),
                    }),
                    wrk = wrkFigures.ToDictionary(w => w.Url, w => w.Line),
                }));
            return result.Failures == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>wrk on one URL with the bench's cookie; its latency distribution (50/90/99%) and rate.</summary>
    private static async Task<string> Wrk(WebBenchmark.Result r, string path, int clients, int seconds, BenchConsole console)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        var url = new Uri(new Uri(r.Address), path).ToString();
        foreach (var a in new[] { "-t2", $"-c{clients}", $"-d{seconds}s", "--latency", "-H", $"Cookie: {r.Cookie}", url })
            start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            string Pick(string label) => Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;
            var non2xx = Regex.Match(output, @"Non-2xx or 3xx responses:\s+(\d+)").Groups[1].Value;
            return $"p50 {Pick("50%")}, p90 {Pick("90%")}, p99 {Pick("99%")}, {Pick("Requests/sec:")} req/s"
                + (non2xx.Length > 0 ? $", {non2xx} non-2xx" : "");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            console.Error.WriteLine($"wrk not run: {e.Message}");
            return "wrk not installed";
        }
    }
}
