using System.Text.Json;
using Analytics.App.Tests.Serve;

namespace Analytics.App.Tests.Operability;

/// <summary>Serve's log: one JSON line per event on the console when Logging:Console:FormatterName is
/// "json" (the built-in formatter), and the same events in the log file beside the warehouse.</summary>
public sealed class ServeLogTests
{
    [Fact]
    public async Task The_console_log_is_one_json_line_per_event_when_configured_and_the_file_keeps_it_too()
    {
        using var folder = new ServeFolder();
        await using (var serve = ServeProcess.Start(folder.Root, folder.Warehouse,
            new Dictionary<string, string> { ["ANALYTICS__Logging__Console__FormatterName"] = "json" }))
        {
            var line = await serve.WaitFor(l => l.Contains("OwnerAnnouncement", StringComparison.Ordinal));
            using var json = JsonDocument.Parse(line);
            Assert.Equal(("Information", "Analytics.App.Ownership.OwnerAnnouncement"),
                (json.RootElement.GetProperty("LogLevel").GetString(), json.RootElement.GetProperty("Category").GetString()));
            Assert.StartsWith("Owner file ", json.RootElement.GetProperty("Message").GetString(), StringComparison.Ordinal);
        }
        var logged = File.ReadAllLines(Path.Combine(folder.Root, "logs", "analytics.log"));
        using var entry = JsonDocument.Parse(Assert.Single(logged, l => l.Contains("OwnerAnnouncement", StringComparison.Ordinal)));
        Assert.Equal(folder.Warehouse + ".owner", entry.RootElement.GetProperty("OwnerFile").GetString());
    }
}
