using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Analytics.Dashboards.Web;
using Analytics.Warehouse.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analytics.Bench;

/// <summary>`analytics-bench web`: the dashboard on a real Kestrel at 127.0.0.1 over a warehouse, N clients
/// (each logged in with its own cookie) requesting the overview, findings lists (random filters and pages)
/// and unit pages (random units) in a closed loop for a fixed time; latency percentiles per page kind.
/// Bounded in time, loopback only, stops by itself.</summary>
public static partial class WebBenchmark
{
    public sealed record Figures(string Page, int Requests, double P50, double P95, double P99, double Max);

    public sealed record Result(int Clients, double Seconds, double StartSeconds, int Requests, int Failures, double RequestsPerSecond,
        IReadOnlyList<Figures> Pages, string Address, string Cookie, IReadOnlyList<string> SampleUrls);

    public static async Task<Result> Run(
        string warehouse, int clients, int seconds, Action<string> progress, Func<Result, Task>? whileRunning = null)
    {
        if (!File.Exists(warehouse))
            throw new ArgumentException($"warehouse {warehouse} does not exist: run `analytics demo` first, or pass --warehouse");
        var password = Guid.NewGuid().ToString("N");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddDashboard(new DashboardOptions
        {
            WarehousePath = warehouse,
            SecureCookies = false,   // plain HTTP on loopback
            Users = [ConfiguredUser.WithPassword("bench", DashboardRoles.Analyst, password)],
            // Every client logs in as "bench" from 127.0.0.1 at once: the login limits are for people, not this load.
            Sessions = new DashboardSessionOptions
            {
                LoginAttemptsPerName = Math.Max(clients * 2, 10),
                LoginAttemptsPerAddress = Math.Max(clients * 2, 20),
            },
        });
        var clock = Stopwatch.StartNew();
        await using var app = builder.Build();
        app.UseDashboard();
        await app.StartAsync();
        var start = clock.Elapsed.TotalSeconds;
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            progress($"dashboard on {address} over {warehouse} (started, read model built, in {start:0.0} s); " +
                $"{clients} clients for {seconds} s");
            var (units, filters) = Samples(warehouse);
            var jars = Enumerable.Range(0, clients).Select(_ => new CookieContainer()).ToList();
            var sessions = new List<HttpClient>();
            foreach (var jar in jars) sessions.Add(await Login(address, password, jar));
            var cookie = jars[0].GetCookieHeader(address);
            var samples = new List<string> { "/", "/findings" + filters[0], "/units/" + units[0] };

            // Warm-up: every client fetches each kind once (JIT, connection set-up); not counted.
            await Task.WhenAll(sessions.Select((c, i) => Task.WhenAll(
                Get(c, "/"), Get(c, "/findings" + filters[i % filters.Length]), Get(c, "/units/" + units[i % units.Length]))));

            var latencies = new Dictionary<string, List<double>> { ["overview"] = [], ["findings"] = [], ["unit"] = [] };
            var failures = 0;
            var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
            var loop = Stopwatch.StartNew();
            await Task.WhenAll(sessions.Select((client, n) => Task.Run(async () =>
            {
                var random = new Random(n);
                var mine = new Dictionary<string, List<double>> { ["overview"] = [], ["findings"] = [], ["unit"] = [] };
                var failed = 0;
                for (var k = n; Stopwatch.GetTimestamp() < stopAt; k++)
                {
                    var (kind, path) = (k % 3) switch
                    {
                        0 => ("overview", "/"),
                        1 => ("findings", "/findings" + filters[random.Next(filters.Length)]),
                        _ => ("unit", "/units/" + units[random.Next(units.Length)]),
                    };
                    var began = Stopwatch.GetTimestamp();
                    var ok = await Get(client, path);
                    mine[kind].Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                    if (!ok) failed++;
                }
                lock (latencies)
                {
                    foreach (var (kind, list) in mine) latencies[kind].AddRange(list);
                    failures += failed;
                }
            })));
            var elapsed = loop.Elapsed.TotalSeconds;
            foreach (var c in sessions) c.Dispose();
            var pages = latencies.Select(p => Summarise(p.Key, p.Value)).ToList();
            var total = latencies.Values.Sum(l => l.Count);
            var result = new Result(clients, elapsed, start, total, failures, total / elapsed, pages, address.ToString(), cookie, samples);
            if (whileRunning is not null) await whileRunning(result);
            return result;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static (string[] Units, string[] Filters) Samples(string warehouse)
    {
        using var store = WarehouseStore.Open(warehouse);
        var units = store.Rows("SELECT unit_code FROM unit_current ORDER BY hash(unit_code)", r => r.GetString(0)).ToArray();
        var rules = store.Rows("SELECT DISTINCT rule FROM finding ORDER BY 1", r => r.GetString(0)).ToList();
        var periods = store.Rows("SELECT DISTINCT period FROM finding ORDER BY 1", r => r.GetString(0)).ToList();
        if (units.Length == 0) throw new ArgumentException($"warehouse {warehouse} holds no units: ingest something first");
        var filters = new List<string> { "", "?page=2", "?holds=all", "?status=new" };
        filters.AddRange(rules.Select(r => $"?rule={r}"));
        filters.AddRange(periods.Select(p => $"?period={p}"));
        filters.AddRange(rules.Take(3).SelectMany(r => periods.Select(p => $"?rule={r}&period={p}&holds=all")));
        return (units, [.. filters]);
    }

    private static async Task<HttpClient> Login(Uri address, string password, CookieContainer jar)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar, UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var page = await client.GetStringAsync("/login");
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "bench",
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__af"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"bench login failed: {response.StatusCode}");
        return client;
    }

    private static async Task<bool> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static Figures Summarise(string page, List<double> ms)
    {
        ms.Sort();
        double At(double q) => ms.Count == 0 ? 0 : ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
        return new Figures(page, ms.Count, At(0.50), At(0.95), At(0.99), ms.Count == 0 ? 0 : ms[^1]);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
