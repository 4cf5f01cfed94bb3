using System.Text.RegularExpressions;

namespace Analytics.App.Operations;

/// <summary>DuckDB's lock error (one read-write process per file) turned into a sentence an operator
/// can act on. DuckDB names the holder: "Could not set lock on file "F": Conflicting lock is held in
/// PROGRAM (PID N) by user U".</summary>
internal static partial class ForeignLock
{
    /// <summary>The sentence for a lock error, or null when <paramref name="error"/> is not one.</summary>
    public static WarehouseBusyException? From(Exception error, string? warehousePath)
    {
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            if (!e.Message.Contains("Could not set lock on file", StringComparison.Ordinal)) continue;
            var m = Holder().Match(e.Message);
            var file = m.Success ? m.Groups["file"].Value : warehousePath ?? "the warehouse";
            var holder = m.Success && m.Groups["program"].Success
                ? $"by {m.Groups["program"].Value} (PID {m.Groups["pid"].Value}), which is not an analytics server"
                : "by another program, which is not an analytics server";
            var what = m.Success && m.Groups["pid"].Success
                ? $"close that program (PID {m.Groups["pid"].Value})"
                : "close the program that has it open";
            return new WarehouseBusyException($"the warehouse {file} is held {holder}; {what} and run the command again, " +
                "or run `analytics serve` as the one owner that every command goes through.");
        }
        return null;
    }

    [GeneratedRegex(
        """Could not set lock on file "(?<file>[^"]+)"(?:: Conflicting lock is held in (?<program>.+?) \(PID (?<pid>\d+)\))?""")]
    private static partial Regex Holder();
}
