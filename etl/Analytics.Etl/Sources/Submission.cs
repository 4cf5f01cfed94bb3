namespace Analytics.Etl.Sources;

/// <summary>One submission: the set of record-kind files one reporting unit delivered, from one place.
/// Files open lazily and may be opened more than once (hashing, then reading).</summary>
public sealed record Submission(string Name, string Connector, string Location, IReadOnlyList<SubmissionFile> Files);

/// <summary>A file of a submission: its name inside the submission, its size and how to open it.</summary>
public sealed record SubmissionFile(string Name, long Length, Func<Stream> Open);
