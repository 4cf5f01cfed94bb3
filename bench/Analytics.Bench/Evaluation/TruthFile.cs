using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Bench.Evaluation;

/// <summary>What the synthetic province planted (DIR/truth.json), as `analytics evaluate` reads it.</summary>
public sealed record TruthFile(
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("planted")] bool Planted,
    [property: JsonPropertyName("violations")] IReadOnlyList<PlantedViolation> Violations,
    [property: JsonPropertyName("formalism")] IReadOnlyList<PlantedFormalism> Formalism,
    [property: JsonPropertyName("bad_rows")] IReadOnlyList<PlantedBadRow> BadRows)
{
    public static TruthFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<TruthFile>(stream)
            ?? throw new InvalidDataException($"{path}: not a truth file");
    }
}

/// <summary>A planted rule violation: the finding the checks must produce.</summary>
public sealed record PlantedViolation(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("subject_kind")] string SubjectKind,
    [property: JsonPropertyName("subject_id")] string SubjectId,
    [property: JsonPropertyName("unit_code")] string UnitCode);

/// <summary>A unit made formalistic in a period, with the signals planted.</summary>
public sealed record PlantedFormalism(
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("unit_code")] string UnitCode,
    [property: JsonPropertyName("signals")] IReadOnlyList<string> Signals);

/// <summary>A row delivered broken on purpose: the quarantine must hold it.</summary>
public sealed record PlantedBadRow(
    [property: JsonPropertyName("submission")] string Submission,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] long Line,
    [property: JsonPropertyName("reason")] string Reason);
