using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.App.Backups;

/// <summary>backup.json in a backup folder: what the copy is and what a restore needs beside it. The
/// pseudonym key is never in it: only where the key lived and its fingerprint (so the right key can be
/// recognised), and whether the key file was copied into the folder (--include-key).</summary>
internal sealed record BackupManifest(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("made_at")] DateTimeOffset MadeAt,
    [property: JsonPropertyName("warehouse")] string Warehouse,
    [property: JsonPropertyName("schema_version")] long SchemaVersion,
    [property: JsonPropertyName("duckdb")] string DuckDbVersion,
    [property: JsonPropertyName("stats")] IReadOnlyDictionary<string, long> Stats,
    [property: JsonPropertyName("pseudonym_key")] PseudonymKeyNote Key)
{
    public const string FileName = "backup.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public void Write(string folder) => System.IO.File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    public static BackupManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!System.IO.File.Exists(path))
            throw new InvalidDataException($"{folder} is not a backup: it has no {FileName} (make one with `analytics backup --out DIR`)");
        return JsonSerializer.Deserialize<BackupManifest>(System.IO.File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty");
    }
}

/// <summary>Where the pseudonym key came from when the backup was made, its fingerprint, and whether the
/// key file is in the backup folder.</summary>
internal sealed record PseudonymKeyNote(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("included")] bool Included);
