using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Synthetic;
using Analytics.Warehouse.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Npgsql;

namespace Analytics.Bench;

/// <summary>`analytics-bench sources`: the ingest benchmark's rows delivered by each connector — an .xlsx
/// workbook in a drop folder, a paged JSON API on loopback (Kestrel), a PostgreSQL table — timed for
/// extraction alone (Fetch: pull and land) and end to end into a fresh warehouse (Fetch + Load).</summary>
public static class SourcesBenchmark
{
    /// <summary>Seconds to fetch (extract + land) alone, to fetch then load, and to pull (load while extracting).</summary>
    public sealed record Figure(string Connector, long Rows, double FetchSeconds, double FetchThenLoadSeconds, double EndToEndSeconds)
    {
        public double FetchRowsPerSecond => Rows / FetchSeconds;
        public double EndToEndRowsPerSecond => Rows / EndToEndSeconds;
    }

    public const string PostgresVariable = "ANALYTICS_TEST_POSTGRES";
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=analytics;Password=analytics;Database=analytics_test";
    private const int PageItems = 10_000;

    public static IReadOnlyList<Figure> Run(long rows, string workFolder, Action<string> log)
    {
        // A round first, large enough for the JIT's optimised tier, so no figure pays for compiling.
        if (rows > 100_000) RunOnce(50_000, Path.Combine(workFolder, "warm-up"), _ => { });
        return RunOnce(rows, workFolder, log);
    }

    private static List<Figure> RunOnce(long rows, string workFolder, Action<string> log)
    {
        if (Directory.Exists(workFolder)) Directory.Delete(workFolder, true);
        var csv = Path.Combine(workFolder, "csv");
        RatingsCsvWorkload.Write(csv, rows);
        var (header, units, ratings) =
            (ReadHeader(Path.Combine(csv, "ratings.csv")), Read(Path.Combine(csv, "units.csv")), Read(Path.Combine(csv, "ratings.csv")));
        var total = rows + units.Rows.Count;
        log($"generated {rows:N0} ratings and {units.Rows.Count:N0} units");
        var figures = new List<Figure>();

        var drop = Path.Combine(workFolder, "drop");
        Directory.CreateDirectory(drop);
        var clock = Stopwatch.StartNew();
        MiniExcel.SaveAs(Path.Combine(drop, "bench.xlsx"),
            new Dictionary<string, object> { ["Đơn vị"] = units.AsDictionaries(), ["Xếp loại"] = ratings.AsDictionaries() });
        log($"wrote the workbook ({new FileInfo(Path.Combine(drop, "bench.xlsx")).Length / 1e6:N0} MB) " +
            $"in {clock.Elapsed.TotalSeconds:N1} s");
        var xlsx = new SourceSettings { Name = "bench-xlsx", Kind = "drop", Path = drop, SettleSeconds = 0 };
        figures.Add(Time("xlsx", total, xlsx, workFolder, log,
            () => File.Move(Path.Combine(drop, "archive", "bench.xlsx"), Path.Combine(drop, "bench.xlsx"))));

        var pages = Pages(units, ratings);
        using (var api = StartApi(pages))
        {
            var http = new SourceSettings
            {
                Name = "bench-http",
                Kind = "http",
                Url = api.Urls.First() + "/",
                Queries = new() { ["units"] = "units", ["ratings"] = "ratings" },
            };
            figures.Add(Time("http", total, http, workFolder, log, () => { }));
            api.StopAsync().GetAwaiter().GetResult();
        }

        var connection = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } configured ? configured : DefaultPostgres;
        var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            Postgres(connection, $"CREATE SCHEMA {schema}; " +
                $"CREATE TABLE {schema}.units ({string.Join(", ", units.Header.Select(h => h + " text"))}); " +
                $"CREATE TABLE {schema}.ratings ({string.Join(", ", header.Select(h => h + " text"))})");
            Copy(connection, $"COPY {schema}.units FROM STDIN (FORMAT csv, HEADER true)", Path.Combine(csv, "units.csv"));
            Copy(connection, $"COPY {schema}.ratings FROM STDIN (FORMAT csv, HEADER true)", Path.Combine(csv, "ratings.csv"));
            var pg = new SourceSettings
            {
                Name = "bench-postgres",
                Kind = "postgres",
                ConnectionString = connection,
                Queries = new() { ["units"] = $"SELECT * FROM {schema}.units", ["ratings"] = $"SELECT * FROM {schema}.ratings" },
            };
            figures.Add(Time("postgres", total, pg, workFolder, log, () => { }));
        }
        catch (NpgsqlException e)
        {
            log($"postgres skipped: {e.Message} (set {PostgresVariable})");
        }
        finally
        {
            try { Postgres(connection, $"DROP SCHEMA IF EXISTS {schema} CASCADE"); } catch (NpgsqlException) { }
        }
        return figures;
    }

    /// <summary>Times Fetch alone, then Fetch + Load into a fresh warehouse, then Pull into another;
    /// <paramref name="again"/> puts the source back as it was between runs (a drop folder archives).</summary>
    private static Figure Time(string connector, long rows, SourceSettings source, string workFolder, Action<string> log, Action again)
    {
        var puller = new SourcePuller(source, Path.Combine(workFolder, "landing-" + connector));
        Settle();
        var clock = Stopwatch.StartNew();
        var fetched = puller.Fetch(null, CancellationToken.None);
        var fetchSeconds = clock.Elapsed.TotalSeconds;
        if (fetched.Errors.Count > 0) throw new InvalidOperationException($"{connector}: {string.Join("; ", fetched.Errors)}");
        Check(connector, rows,
            Warehouse(workFolder, connector + "-fetch-load", (ingestor, store) => puller.Load(fetched, ingestor, store)));
        var fetchThenLoad = clock.Elapsed.TotalSeconds;
        again();
        Settle();
        clock.Restart();
        Check(connector, rows,
            Warehouse(workFolder, connector + "-pull", (ingestor, store) => puller.Pull(null, ingestor, store, CancellationToken.None)));
        var pull = clock.Elapsed.TotalSeconds;
        log($"{connector}: fetch {fetchSeconds:N2} s, fetch then load {fetchThenLoad:N2} s, pull {pull:N2} s");
        return new Figure(connector, rows, fetchSeconds, fetchThenLoad, pull);
    }

    /// <summary>Each timing starts from a collected heap: the generator's rows stay alive meanwhile.</summary>
    private static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static PullReport Warehouse(string workFolder, string name, Func<SubmissionIngestor, WarehouseStore, PullReport> run)
    {
        using var store = WarehouseStore.Open(Path.Combine(workFolder, name + ".duckdb"));
        using var keys = new PersonKeys(BenchProvince.Secret);
        using var ingestor = new SubmissionIngestor(store, keys, new IngestOptions());
        return run(ingestor, store);
    }

    private static void Check(string connector, long rows, PullReport report)
    {
        var loaded = report.Submissions.Sum(s => s.Outcome?.Loaded ?? 0);
        if (loaded != rows)
            throw new InvalidOperationException($"{connector}: loaded {loaded:N0} of {rows:N0} rows ({string.Join("; ", report.Errors)})");
    }

    private sealed record Table(string[] Header, List<string?[]> Rows)
    {
        public IEnumerable<Dictionary<string, object?>> AsDictionaries() =>
            Rows.Select(r => Enumerable.Range(0, Header.Length).ToDictionary(i => Header[i], i => (object?)r[i]));
    }

    private static string[] ReadHeader(string path)
    {
        using var reader = Sep.Reader().FromFile(path);
        return [.. reader.Header.ColNames];
    }

    private static Table Read(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<string?[]>();
        foreach (var row in reader)
        {
            var cells = new string?[header.Length];
            for (var i = 0; i < header.Length; i++) cells[i] = row[i].Span.IsEmpty ? null : row[i].ToString();
            rows.Add(cells);
        }
        return new Table(header, rows);
    }

    /// <summary>Every page of both kinds, rendered once: "units/0", "ratings/0", "ratings/1", ….</summary>
    private static Dictionary<string, byte[]> Pages(Table units, Table ratings)
    {
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (kind, table) in new[] { ("units", units), ("ratings", ratings) })
        {
            var count = Math.Max(1, (table.Rows.Count + PageItems - 1) / PageItems);
            for (var p = 0; p < count; p++)
            {
                using var buffer = new MemoryStream();
                var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                using (var json = new Utf8JsonWriter(buffer, options))
                {
                    json.WriteStartObject();
                    json.WriteStartArray("items");
                    foreach (var row in table.Rows.Skip(p * PageItems).Take(PageItems))
                    {
                        json.WriteStartObject();
                        for (var i = 0; i < table.Header.Length; i++)
                            if (row[i] is { } value) json.WriteString(table.Header[i], value);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    if (p + 1 < count) json.WriteString("next", (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    else json.WriteNull("next");
                    json.WriteEndObject();
                }
                pages[$"{kind}/{p}"] = buffer.ToArray();
            }
        }
        return pages;
    }

    private static WebApplication StartApi(Dictionary<string, byte[]> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context =>
        {
            var key = context.Request.Path.Value!.Trim('/') + "/" + (context.Request.Query["cursor"].FirstOrDefault() ?? "0");
            if (!pages.TryGetValue(key, out var page)) { context.Response.StatusCode = 404; return Task.CompletedTask; }
            context.Response.ContentType = "application/json";
            return context.Response.Body.WriteAsync(page).AsTask();
        });
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }

    private static void Postgres(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static void Copy(string connectionString, string copy, string csvPath)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var writer = connection.BeginTextImport(copy);
        using var reader = new StreamReader(csvPath, Encoding.UTF8);
        var buffer = new char[1 << 16];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) writer.Write(buffer, 0, n);
    }
}
