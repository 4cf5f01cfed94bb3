using Analytics.Warehouse.Checks;
using F = Analytics.Warehouse.Formalism.FormalismFeatures;

namespace Analytics.Warehouse.Formalism;

// From counts to features, signals, anomaly and the combined score of every unit of the periods asked.
public sealed partial class FormalismRunner
{
    /// <summary>A unit's score with the feature values behind it.</summary>
    internal sealed record ScoredUnit(FormalismScore Score, IReadOnlyDictionary<string, double?> Features);

    internal List<ScoredUnit> Score(IReadOnlyList<string> asked, IReadOnlyList<UnitCounts> counts)
    {
        var byUnit = counts.GroupBy(c => c.UnitCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Period, StringComparer.Ordinal), StringComparer.Ordinal);
        var ceilingRate = counts.Where(c => c.QuotaApplies && c.Rated >= settings.MinRatedMembers)
            .GroupBy(c => (c.Population, Grain(c.Period)))
            .ToDictionary(
                g => g.Key, g => Baseline.Smoothed(g.LongCount(c => c.AtCeiling(_quota.Share, _quota.OfGoodOrBetter)), g.LongCount()));
        var result = new List<ScoredUnit>();
        var evidence = new SignalStrengths(settings, _quota);
        foreach (var period in asked)
        {
            var rows = counts.Where(c => c.Period == period).OrderBy(c => c.UnitCode, StringComparer.Ordinal).ToList();
            var baselines = new[] { "party_member", "civil_servant" }.ToDictionary(p => p, p => Baseline.Of(
                rows.Where(c => c.Population == p && c.Scope != UnitCounts.Organisation),
                ceilingRate.GetValueOrDefault((p, Grain(period)), Baseline.Smoothed(0, 0))));
            var units = rows.Select(c =>
            {
                var history = History(c, byUnit[c.UnitCode]);
                var big = c.Rated >= settings.MinRatedMembers;
                return (Counts: c, Features: Features(c, history), Signals: big ? evidence.Of(c, history, baselines[c.Population]) : null);
            }).ToList();
            var anomaly = new double[units.Count];
            foreach (var scope in units.Select((u, i) => (u, i)).Where(x => x.u.Signals is not null).GroupBy(x => x.u.Counts.Scope))
            {
                var members = scope.ToList();
                var inputs = AnomalyModel.Standardise([.. members.Select(x => F.ModelInputs.Select(n => x.u.Features[n]).ToArray())]);
                var raw = AnomalyModel.Scores(inputs, settings.PcaRank, settings.Seed);
                var strengths = AnomalyModel.Strengths(raw, settings.AnomalyShare);
                for (var k = 0; k < members.Count; k++)
                {
                    members[k].u.Features[F.AnomalyScore] = raw[k];
                    anomaly[members[k].i] = strengths[k];
                }
            }
            var scores = new List<(UnitCounts Counts, IReadOnlyDictionary<string, double?> Features, double? Score,
                IReadOnlyList<string> Signals)>();
            for (var i = 0; i < units.Count; i++)
            {
                var (c, features, signals) = units[i];
                var (score, named) = signals is null ? (null, []) : Combine(signals, anomaly[i]);
                scores.Add((c, features, score, named));
            }
            var ranks = scores.Where(s => s.Score is not null).OrderByDescending(s => s.Score)
                .ThenBy(s => s.Counts.UnitCode, StringComparer.Ordinal)
                .Select((s, r) => (s.Counts.UnitCode, Rank: r + 1)).ToDictionary(x => x.UnitCode, x => x.Rank, StringComparer.Ordinal);
            result.AddRange(scores.Select(s => new ScoredUnit(
                new FormalismScore(period, s.Counts.UnitCode, s.Score, s.Score is null ? null : ranks[s.Counts.UnitCode], s.Signals,
                    s.Score is null),
                s.Features)));
        }
        return result;
    }

    /// <summary>Independent pieces of evidence: score = 1 − Π(1 − wᵢ·sᵢ); the signals named are the
    /// strongest weighted ones that reach the floor.</summary>
    private (double? Score, IReadOnlyList<string> Signals) Combine(Dictionary<string, double> strengths, double anomaly)
    {
        strengths[FormalismSignals.Anomaly] = anomaly;
        var weighted = FormalismSignals.Codes
            .Select((code, order) => (code, order, w: Math.Clamp(settings.Weights.Of(code) * strengths[code], 0, 1)))
            .ToList();
        var score = 1 - weighted.Aggregate(1.0, (rest, x) => rest * (1 - x.w));
        var named = weighted.Where(x => x.w >= settings.MinSignalStrength).OrderByDescending(x => x.w).ThenBy(x => x.order)
            .Take(settings.TopSignals).Select(x => x.code).ToList();
        return (Math.Clamp(score, 0, 1), named);
    }

    private UnitHistory History(UnitCounts c, Dictionary<string, UnitCounts> periods)
    {
        var shares = c.LevelShares();
        double? sameAsBefore = null;
        var streak = 0;
        var current = c.Period;
        for (var step = 0; periods.TryGetValue(Previous(current), out var before); step++)
        {
            var previous = before.LevelShares();
            if (step == 0) sameAsBefore = F.Sameness(shares, previous);
            if (before.Rated == 0 || F.Sameness(shares, previous) < 1 - 1e-12) break;
            streak++;
            current = before.Period;
        }
        var grain = Grain(c.Period);
        var quota = periods.Values.Where(p => Grain(p.Period) == grain && p.Rated >= settings.MinRatedMembers).ToList();
        return new UnitHistory(sameAsBefore, streak,
            quota.Count(p => p.AtCeiling(_quota.Share, _quota.OfGoodOrBetter)), quota.Count);
    }

    private readonly Dictionary<string, string> _previous = new(StringComparer.Ordinal);

    private string Previous(string period)
    {
        if (!_previous.TryGetValue(period, out var previous)) _previous[period] = previous = CheckPeriod.Parse(period).Previous;
        return previous;
    }

    private Dictionary<string, double?> Features(UnitCounts c, UnitHistory h)
    {
        var (x, d) = c.Quota(_quota.OfGoodOrBetter);
        return new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            [F.Rated] = c.Rated,
            [F.SelfEqualShare] = F.Share(c.SelfEqual, c.Paired),
            [F.SelfAboveShare] = F.Share(c.SelfAbove, c.Paired),
            [F.InflationMean] = F.InflationMeanOf(c),
            [F.InflationD] = F.CohensD(c),
            [F.LevelEntropy] = F.Entropy(c),
            [F.Rwg] = F.RwgOf(c),
            [F.ExcellentRatio] = c.QuotaApplies ? F.Share(x, d) : null,
            [F.AtCeiling] = c.QuotaApplies ? (c.AtCeiling(_quota.Share, _quota.OfGoodOrBetter) ? 1 : 0) : null,
            [F.CeilingShare] = c.QuotaApplies ? F.Share(h.CeilingPeriods, h.QuotaPeriods) : null,
            [F.SameAsBefore] = h.SameAsBefore,
            [F.SameStreak] = h.SameStreak,
            [F.EmptyShare] = F.Share(c.Empty, c.Commented),
            [F.NothingShare] = F.Share(c.Blank - c.Empty, c.Commented),
            [F.CopiedShare] = F.Share(c.Copied, c.Commented),
            [F.NegativeGoodShare] = F.Share(c.NegativeGood, c.Good),
            [F.NegativeIgnoredShare] = F.Share(c.NegativeGood, c.Negative),
            [F.AnomalyScore] = null,
        };
    }

    /// <summary>year, quarter or month, from a canonical period code.</summary>
    private static string Grain(string period) => period.Length == 4 ? "year" : period[5] == 'Q' ? "quarter" : "month";
}
