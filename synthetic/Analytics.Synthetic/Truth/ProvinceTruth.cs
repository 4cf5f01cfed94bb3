using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analytics.Synthetic;

/// <summary>truth.json: the options the province was made with and everything planted in it, each list
/// in a stable order (rule, period, subject / period, unit / submission, file, line).</summary>
public sealed record ProvinceTruth(
    int Seed,
    int Members,
    int FirstYear,
    int LastYear,
    bool Planted,
    IReadOnlyList<TruthViolation> Violations,
    IReadOnlyList<TruthFormalism> Formalism,
    IReadOnlyList<TruthBadRow> BadRows,
    IReadOnlyList<TruthExpectedUnit> ExpectedUnits)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Notes and unit codes stay readable (Vietnamese letters unescaped); the file never reaches HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        JsonSerializer.Serialize(stream, this, Json);
    }

    public static ProvinceTruth Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ProvinceTruth>(stream, Json)
            ?? throw new InvalidDataException($"{path}: not a truth.json document");
    }
}
