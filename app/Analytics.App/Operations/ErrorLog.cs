using Serilog;
using Serilog.Formatting.Compact;

namespace Analytics.App.Operations;

/// <summary>The log file beside the warehouse (logs/analytics.log): one JSON line per event (Serilog's
/// compact format), 10 MB per file, the last 5 files kept, shared by the CLI and the server processes.
/// The CLI writes an unexpected error's detail there under the reference it prints; serve writes its
/// warnings and errors there too.</summary>
internal static class ErrorLog
{
    private const long FileSizeLimit = 10L << 20;
    private const int RetainedFiles = 5;

    /// <summary>The log file for a warehouse file (or the temporary folder when there is none yet).</summary>
    public static string PathFor(string? warehousePath) => warehousePath is { Length: > 0 }
        ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, "logs", "analytics.log")
        : Path.Combine(Path.GetTempPath(), "analytics", "logs", "analytics.log");

    /// <summary>A Serilog logger writing to <paramref name="path"/>; dispose it to flush.</summary>
    public static Serilog.Core.Logger Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new LoggerConfiguration()
            .MinimumLevel.Information()
            .Enrich.WithProperty("Pid", Environment.ProcessId)
            .WriteTo.File(new CompactJsonFormatter(), path, fileSizeLimitBytes: FileSizeLimit, rollOnFileSizeLimit: true,
                retainedFileCountLimit: RetainedFiles, shared: true)
            .CreateLogger();
    }

    /// <summary>Writes one unexpected error with its reference; the verb (never its arguments, which may
    /// name persons) says what was running.</summary>
    public static void Write(string path, string reference, string verb, Exception error)
    {
        using var log = Open(path);
        log.Error(error, "Unexpected error {Reference} in `analytics {Verb}`", reference, verb);
    }
}
