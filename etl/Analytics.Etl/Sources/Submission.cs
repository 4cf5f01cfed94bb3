namespace Analytics.Etl.Sources;

/// <summary>One submission: the set of record-kind files one reporting unit delivered, from one place.
/// Files open lazily and may be opened more than once (hashing, then reading).</summary>
public sealed record Submission(string Name, string Connector, string Location, IReadOnlyList<SubmissionFile> Files)
{
    /// <summary>What reading it passed over or took from elsewhere (a hidden sheet, a form's footer rows,
    /// a period taken from a title): said in the ingest report and the drop folder's error report.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A submission that cannot be read: opening it fails with <paramref name="reason"/>, so the
    /// ingest records it as rejected with that reason rather than stopping.</summary>
    public static Submission Unreadable(string name, string connector, string location, string reason) =>
        new(name, connector, location, [new SubmissionFile(name, 0, () => throw new InvalidDataException(reason))]);
}

/// <summary>A file of a submission: its name inside the submission, its size and how to open it.</summary>
public sealed record SubmissionFile(string Name, long Length, Func<Stream> Open);
