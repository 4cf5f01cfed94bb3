using System.Text.Json;
using Analytics.Etl.Workbooks;

namespace Analytics.Etl.Sources;

/// <summary>What a fetch (default queue, any server) hands to its load (warehouse queue): the
/// submissions it landed on disk, by location, with the watermark and errors of the fetch. Written
/// as JSON under the landing folder, because a continuation receives arguments, not objects.</summary>
internal sealed record FetchManifest(
    string Source, string? Watermark, IReadOnlyList<string> Errors, IReadOnlyList<LandedSubmission> Submissions)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Where the manifest of one fetch lives.</summary>
    public static string PathOf(string landingRoot, string fetchId) => Path.Combine(landingRoot, "fetches", fetchId + ".json");

    public static FetchManifest Of(FetchResult fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        return new FetchManifest(fetched.Source, fetched.Watermark, fetched.Errors, fetched.Submissions.Select(s =>
        {
            if (Unreadable(s) is { } reason) return new LandedSubmission(s.Name, s.Connector, s.Location, [], reason);
            if (!File.Exists(s.Location) && !Directory.Exists(s.Location))
                throw new InvalidDataException($"source '{fetched.Source}': submission '{s.Name}' was not landed on disk " +
                    $"(location '{s.Location}'); a fetch must land what it extracts");
            return new LandedSubmission(s.Name, s.Connector, Path.GetFullPath(s.Location), s.Files.Select(f => f.Name).ToList(), null);
        }).ToList());
    }

    /// <summary>Why a submission cannot be read, when opening one of its files fails (a refused archive,
    /// a malformed page): that reason travels to the load, which records the rejection.</summary>
    private static string? Unreadable(Submission submission)
    {
        foreach (var file in submission.Files)
        {
            try
            {
                using var stream = file.Open();
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                return e.Message;
            }
        }
        return null;
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public static FetchManifest Read(string path) =>
        JsonSerializer.Deserialize<FetchManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty fetch manifest");

    /// <summary>The fetch again, its submissions opened from where they landed. A location that has
    /// gone (an earlier load of the same fetch filed it away) is left out and named in
    /// <paramref name="gone"/>: loading the same content twice is a no-op anyway.</summary>
    public FetchResult ToFetchResult(out IReadOnlyList<string> gone)
    {
        var submissions = new List<Submission>();
        var missing = new List<string>();
        foreach (var s in Submissions)
        {
            if (s.Unreadable is { } reason)
                submissions.Add(new Submission(
                    s.Name, s.Connector, s.Location, [new SubmissionFile(s.Name, 0, () => throw new InvalidDataException(reason))]));
            else if (Directory.Exists(s.Location))
                submissions.Add(SubmissionLocator.FromFiles(
                    s.Location, s.Files.Select(f => Path.Combine(s.Location, f)).ToList(), s.Connector, s.Name));
            else if (File.Exists(s.Location) && s.Location.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                submissions.Add(SubmissionLocator.FromZip(s.Location, s.Name) with { Connector = s.Connector });
            else if (File.Exists(s.Location) && s.Location.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                submissions.Add(Workbook.InPlace(s.Location) with { Name = s.Name, Connector = s.Connector });
            else if (File.Exists(s.Location))
                throw new InvalidDataException($"source '{Source}': {s.Location} is neither a folder, a .zip nor an .xlsx");
            else missing.Add(s.Location);
        }
        gone = missing;
        return new FetchResult(Source, submissions, Watermark, Errors);
    }
}

/// <summary>One landed submission of a fetch: its name, connector, where it lies and its files (by
/// name, in that folder), or why it cannot be read.</summary>
internal sealed record LandedSubmission(string Name, string Connector, string Location, IReadOnlyList<string> Files, string? Unreadable);
