using System.Diagnostics;

namespace Analytics.App.Tests.Serve;

/// <summary>The real executable serving a folder's warehouse, as an operator starts it: a process of its
/// own (so it can be killed, and holds the DuckDB file as another program would), its standard output
/// collected line by line.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly List<string> _lines = [];

    private ServeProcess(Process process) => Process = process;

    public Process Process { get; }

    public int Id => Process.Id;

    /// <summary>The standard output so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines) return [.. _lines];
        }
    }

    public static ServeProcess Start(string root, string warehouse, IDictionary<string, string>? environment = null, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        var dll = Path.Combine(AppContext.BaseDirectory, "analytics.dll");
        foreach (var arg in new[] { dll, "serve", "--urls", "http://127.0.0.1:0", "--warehouse", warehouse }.Concat(extra))
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var serve = new ServeProcess(System.Diagnostics.Process.Start(start)!);
        serve.Process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (serve._lines) serve._lines.Add(e.Data);
        };
        serve.Process.BeginOutputReadLine();
        serve.Process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Waits (up to 90 s) until a line of standard output satisfies <paramref name="ready"/>.</summary>
    public async Task<string> WaitFor(Func<string, bool> ready)
    {
        for (var i = 0; i < 900; i++)
        {
            if (Lines.FirstOrDefault(ready) is { } line) return line;
            if (Process.HasExited) throw new InvalidOperationException($"serve exited {Process.ExitCode}: {string.Join("\n", Lines)}");
            await Task.Delay(100);
        }
        throw new TimeoutException(string.Join("\n", Lines));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited) Process.Kill(true);
        await Process.WaitForExitAsync();
        Process.Dispose();
    }
}
