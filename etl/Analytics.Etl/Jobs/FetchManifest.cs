using System.Text.Json;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Jobs;

/// <summary>What a fetch (default queue, any server) hands to its load (warehouse queue): the
/// submissions it landed on disk, by location, with the watermark and errors of the fetch. Written
/// as JSON under the landing folder, because a continuation receives arguments, not objects.</summary>
internal sealed record FetchManifest(string Source, string? Watermark, IReadOnlyList<string> Errors, IReadOnlyList<LandedSubmission> Submissions)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Where the manifest of one fetch lives.</summary>
    public static string PathOf(string landingRoot, string fetchId) => Path.Combine(landingRoot, "fetches", fetchId + ".json");

    public static FetchManifest Of(FetchResult fetched)
    {
        var landed = new List<LandedSubmission>();
        foreach (var s in fetched.Submissions)
        {
            if (!File.Exists(s.Location) && !Directory.Exists(s.Location))
                throw new InvalidDataException($"source '{fetched.Source}': submission '{s.Name}' was not landed on disk (location '{s.Location}'); a fetch must land what it extracts");
            landed.Add(new LandedSubmission(s.Name, s.Connector, Path.GetFullPath(s.Location)));
        }
        return new FetchManifest(fetched.Source, fetched.Watermark, fetched.Errors, landed);
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    public static FetchManifest Read(string path) =>
        JsonSerializer.Deserialize<FetchManifest>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty fetch manifest");

    /// <summary>The fetch again, its submissions opened from where they landed. A location that has
    /// gone (an earlier load of the same fetch filed it away) is left out and named in
    /// <paramref name="gone"/>: loading the same content twice is a no-op anyway.</summary>
    public FetchResult ToFetchResult(out IReadOnlyList<string> gone)
    {
        var submissions = new List<Submission>();
        var missing = new List<string>();
        foreach (var s in Submissions)
        {
            if (!File.Exists(s.Location) && !Directory.Exists(s.Location))
            {
                missing.Add(s.Location);
                continue;
            }
            var located = SubmissionLocator.Locate([s.Location]);
            if (located.Count != 1)
                throw new InvalidDataException($"source '{Source}': {s.Location} holds {located.Count} submissions, not the one fetched");
            submissions.Add(located[0] with { Name = s.Name, Connector = s.Connector, Location = s.Location });
        }
        gone = missing;
        return new FetchResult(Source, submissions, Watermark, Errors);
    }
}

/// <summary>One landed submission of a fetch: its name, connector and where it lies.</summary>
internal sealed record LandedSubmission(string Name, string Connector, string Location);
