using Npgsql;

namespace Analytics.App.Tests.Serve;

/// <summary>PostgreSQL job storage against the real server (ANALYTICS_TEST_POSTGRES, default the local
/// test database): jobs run and their history lives in the configured schema, one fresh schema per
/// test, dropped afterwards.</summary>
[Collection(ServeCollection.Name)]
[Trait(Category.Name, Category.Integration)]
public sealed class PostgresJobStorageTests
{
    public const string Variable = "ANALYTICS_TEST_POSTGRES";
    public const string Default = "Host=127.0.0.1;Port=5432;Username=analytics;Password=analytics;Database=analytics_test";

    [Fact]
    public async Task Jobs_run_on_postgresql_storage_and_their_history_is_in_its_schema()
    {
        using var folder = new ServeFolder();
        await using var schema = PostgresSchema.Create();
        var settings = schema.Settings(folder.DropSource(expected: ["HB-DU"]));
        var clock = new FixedClock(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
        await using (var serve = await ServeRunner.Start(folder.Root, settings, clock))
        {
            serve.Trigger("freshness");
            await serve.WaitForSucceeded(1);
            Assert.Equal(1, serve.Read(s => s.Scalar(
                "SELECT count(*) FROM finding WHERE rule = 'R11' AND subject_id = 'HB-DU' AND period = '2024'")));
        }
        Assert.Equal(1L, await schema.Scalar("SELECT count(*) FROM {0}.job WHERE statename = 'Succeeded'"));
        // ingest:drop, freshness, briefing and landing-purge
        Assert.Equal(4L, await schema.Scalar("SELECT count(*) FROM {0}.hash WHERE key LIKE 'recurring-job:%' AND field = 'Cron'"));
    }

    [Fact]
    public async Task An_extraction_server_fetches_while_the_main_server_loads_and_analyses()
    {
        using var folder = new ServeFolder();
        folder.Deliver("xa-tan-phu");
        await using var schema = PostgresSchema.Create();
        var settings = schema.Settings(folder.DropSource());
        settings["Jobs:Workers"] = "0";     // the main server leaves the default queue to the extraction server
        await using var main = await ServeRunner.Start(folder.Root, settings);
        await using var extractor = await ServeRunner.Start(folder.Root, settings, extractOnly: true);

        main.Trigger("ingest:drop");
        await main.WaitForSucceeded(4);
        Assert.Equal(1, main.Read(s => s.Scalar("SELECT count(*) FROM etl_batch WHERE source = 'drop' AND status = 'loaded'")));
        var monitoring = main.Storage.GetMonitoringApi();
        var servers = monitoring.SucceededJobs(0, 10).ToDictionary(j => j.Value.Job.Method.Name,
            j => monitoring.JobDetails(j.Key).History.Single(h => h.StateName == "Processing").Data["ServerId"].Split(':')[1]);
        Assert.Equal([("Analyse", "warehouse"), ("Fetch", "extract"), ("Load", "warehouse"), ("Start", "warehouse")],
            servers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
        using var http = new HttpClient { BaseAddress = extractor.Url };
        Assert.Equal("extract-only", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));
        await extractor.App.StopAsync();     // both stop before either is disposed (Hangfire logs process-wide)
        await main.App.StopAsync();
    }
}

/// <summary>A fresh PostgreSQL schema for one test's job storage, dropped on dispose.</summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private PostgresSchema(string connection, string name)
    {
        Connection = connection;
        Name = name;
    }

    public string Connection { get; }
    public string Name { get; }

    public static PostgresSchema Create()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresJobStorageTests.Variable);
        if (string.IsNullOrEmpty(connection))
        {
            connection = PostgresJobStorageTests.Default;
            Environment.SetEnvironmentVariable(PostgresJobStorageTests.Variable, connection);   // what Jobs:ConnectionStringVariable names
        }
        return new PostgresSchema(connection, "hangfire_test_" + Guid.NewGuid().ToString("N")[..12]);
    }

    /// <summary>The settings plus PostgreSQL job storage in this schema.</summary>
    public Dictionary<string, string?> Settings(Dictionary<string, string?> settings)
    {
        settings["Jobs:Storage"] = "postgres";
        settings["Jobs:ConnectionStringVariable"] = PostgresJobStorageTests.Variable;
        settings["Jobs:Schema"] = Name;
        return settings;
    }

    /// <summary>A count from this schema ({0} stands for its name; the name is ours, not input).</summary>
    public async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, Name), connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
