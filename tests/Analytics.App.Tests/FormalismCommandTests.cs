using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Analytics.App.Tests;

/// <summary>`analytics formalism`: every year by default, the columns of docs/interchange.md highest risk
/// first, as CSV and JSON; and on a small generated province, `analytics evaluate` finds the planted
/// formalistic units at the top.</summary>
public sealed class FormalismCommandTests
{
    [Fact]
    public void The_sample_is_scored_for_every_year_highest_risk_first_as_csv_and_json()
    {
        using var cli = new CliRunner();
        cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples"));
        var (exit, csv, err) = cli.Run("formalism");
        Assert.Equal(0, exit);
        var lines = csv.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("period,unit_code,score,rank,signals", lines[0]);
        var rows = lines[1..].Select(l => l.Split(',')).ToList();
        Assert.Equal(["2023", "2024"], rows.Select(r => r[0]).Distinct().Order());
        var scores = rows.Where(r => r[2].Length > 0).Select(r => double.Parse(r[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.InRange(s, 0, 1));
        Assert.All(
            rows.Where(r => r[0] == "2024" && r[3].Length > 0),
            r => Assert.InRange(int.Parse(r[3], CultureInfo.InvariantCulture), 1, rows.Count));
        Assert.All(rows.SelectMany(r => r[4].Split(';', StringSplitOptions.RemoveEmptyEntries)),
            s => Assert.Contains(s, Analytics.Warehouse.Formalism.FormalismSignals.Codes));
        Assert.Matches(
            @"^formalism 2023, 2024: \d+ units scored, \d+ too small to score \(fewer than 5 rated members: no score, no rank\) — " +
            @"run 1, model pca-v1\+signals-v1;seed=20251231, in ", err);

        var (_, json, _) = cli.Run("formalism", "--period", "2024", "--format", "json");
        using var doc = JsonDocument.Parse(json);
        var first = doc.RootElement[0];
        Assert.Equal("2024", first.GetProperty("period").GetString());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal(first.GetProperty("signals").GetArrayLength(), first.GetProperty("reasons").GetArrayLength());
        // Every run is stored.
        Assert.Contains(" — run 3, ", cli.Run("formalism", "--period", "2023", "2024").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warehouse_without_ratings_has_nothing_to_score()
    {
        using var cli = new CliRunner();
        var (exit, _, err) = cli.Run("formalism");
        Assert.Equal(1, exit);
        Assert.Equal("error: the warehouse holds no rating year to score; ingest first (`analytics ingest`)", err.Trim());
    }

    [Fact]
    public void On_a_small_generated_province_the_planted_units_top_the_ranking()
    {
        using var cli = new CliRunner();
        var province = Path.Combine(cli.Root, "province");
        Assert.Equal(0, cli.Run("generate", "--out", province, "--members", "3000").Exit);
        Assert.Equal(0, cli.Run("ingest", province).Exit);
        Assert.Equal(0, cli.Run("formalism", "--out", Path.Combine(cli.Root, "formalism.csv")).Exit);
        var (exit, output, _) = cli.Run("evaluate", "--truth", Path.Combine(province, "truth.json"));
        var line = Regex.Match(output, @"== formalism: (\d+) planted units, (\d+) scored — precision@\1 ([0-9.]+), AUC ([0-9.]+)");
        Assert.True(line.Success, output);
        Assert.InRange(int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture), 100, 400);
        Assert.InRange(double.Parse(line.Groups[3].Value, CultureInfo.InvariantCulture), 0.90, 1.0);
        Assert.InRange(double.Parse(line.Groups[4].Value, CultureInfo.InvariantCulture), 0.95, 1.0);
        Assert.Equal(0, exit);
        Assert.Equal(1 + int.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture),
            File.ReadAllLines(Path.Combine(cli.Root, "formalism.csv")).Count(l => !l.Contains(",,", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_settings_come_from_the_formalism_section_and_a_key_left_out_keeps_its_default()
    {
        var settings = Analytics.App.Configuration.Settings.Load().Get<Analytics.Warehouse.Formalism.FormalismSettings>("Formalism");
        Assert.Equal(
            (5, 20251231, 3, 0.9, 0.5, 0.25),
            (settings.MinRatedMembers, settings.Seed, settings.TopSignals, settings.NearDuplicateSimilarity,
            settings.Weights.SameEveryYear, settings.Weights.Anomaly));
        var bound = new Analytics.App.Configuration.Settings(new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["Formalism:MinRatedMembers"] = "7", ["Formalism:Weights:Anomaly"] = "0" })
            .Build()).Get<Analytics.Warehouse.Formalism.FormalismSettings>("Formalism");
        Assert.Equal((7, 0.0, 1.0, 20251231), (bound.MinRatedMembers, bound.Weights.Anomaly, bound.Weights.RubberStamp, bound.Seed));
    }
}
