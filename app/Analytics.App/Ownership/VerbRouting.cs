namespace Analytics.App.Ownership;

/// <summary>How each verb meets a warehouse that a server owns. By default a verb is carried out by the
/// owning server as a writer (after the job or verb that holds the writer), so a verb added later is
/// safe without a line here. The exceptions: verbs that never open a warehouse run here; verbs that
/// need the file to themselves are refused while a server owns it; verbs that only read run beside
/// the writer on DuckDB's snapshot.</summary>
internal static class VerbRouting
{
    /// <summary>Never open the warehouse (first word of the verb).</summary>
    private static readonly HashSet<string> Local = new(StringComparer.Ordinal) { "generate", "bench", "inspect" };

    /// <summary>Need the file to themselves: `serve` is the owner, `demo` ends by serving, and
    /// `restore` writes a new file where no server may hold one.</summary>
    private static readonly HashSet<string> Exclusive = new(StringComparer.Ordinal) { "serve", "demo", "restore" };

    /// <summary>Only read the warehouse (whole verb).</summary>
    private static readonly HashSet<string> Reading = new(StringComparer.Ordinal) { "stats", "export", "brief", "evaluate", "users list" };

    public static VerbKind Of(string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var first = verb.Split(' ', 2)[0];
        if (first.Length == 0 || Local.Contains(first)) return VerbKind.Local;
        if (Exclusive.Contains(first)) return VerbKind.Exclusive;
        return Reading.Contains(verb) ? VerbKind.Reading : VerbKind.Writing;
    }
}

/// <summary>See <see cref="VerbRouting"/>.</summary>
internal enum VerbKind
{
    Local,
    Exclusive,
    Reading,
    Writing,
}
