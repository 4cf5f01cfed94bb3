using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Analytics.App.Tests.Serve;

/// <summary>The real executable: `analytics serve` prints where it listens, keeps /jobs closed, and
/// stops cleanly (exit 0, servers reported stopped) on SIGINT (Ctrl+C) and SIGTERM.</summary>
public sealed partial class ServeProcessTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Serve_stops_cleanly_on_a_signal(string signal)
    {
        using var folder = new ServeFolder();
        // Through `env --default-signal=INT`: a runner started in the background (`cmd &` in a script) passes
        // SIGINT on as ignored, and .NET then leaves it ignored, as a background process should.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Root,
        };
        foreach (var arg in new[]
        {
            "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "analytics.dll"),
            "serve", "--urls", "http://127.0.0.1:0",
            "--warehouse", folder.Warehouse,
        })
            start.ArgumentList.Add(arg);
        start.Environment["ANALYTICS__Dashboard__SecureCookies"] = "false";   // plain HTTP on loopback
        using var child = Process.Start(start)!;
        var output = new List<string>();
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Add(e.Data);
            if (JobsLine().Match(e.Data) is { Success: true } m) ready.TrySetResult(m.Groups[1].Value);
        };
        child.BeginOutputReadLine();
        var stderr = child.StandardError.ReadToEndAsync();
        try
        {
            var jobs = await ready.Task.WaitAsync(TimeSpan.FromSeconds(90));
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri(jobs))).StatusCode);

            using (var kill = Process.Start("kill", ["-s", signal, child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal((0, ""), (child.ExitCode, await stderr));
            child.WaitForExit();   // flushes the redirected output
            lock (output) Assert.Equal("== stopped", output[^1]);
            // Both Hangfire servers stopped gracefully: a server removes its own record when it does.
            var storage = Analytics.App.Serve.JobStorageFactory.Create(
                new Analytics.App.Jobs.JobSettings(), folder.Warehouse, TimeSpan.FromSeconds(1));
            Assert.Empty(storage.GetMonitoringApi().Servers());
        }
        finally
        {
            if (!child.HasExited) child.Kill(true);
        }
    }

    [GeneratedRegex(@"^   jobs       (http://127\.0\.0\.1:\d+/jobs)  \(administrators only\)$")]
    private static partial Regex JobsLine();
}
