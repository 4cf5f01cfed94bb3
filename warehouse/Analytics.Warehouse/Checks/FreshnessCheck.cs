using System.Globalization;
using System.Text.Json;
using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Checks;

/// <summary>R11 seen from the deliveries (docs/rules.md R11 "missing or late submission"): a unit that a
/// source is expected to report for has delivered no rating of a year through that source by the
/// year's deadline (31 December + the source's freshness days). Its findings are R11 findings with the
/// identity every check uses (rule, period, subject, unit), so a finding raised here and by the R11
/// query is one finding and its review status survives; one whose unit has delivered since is
/// resolved by data, never deleted. A delivery counts for a unit when a rating's unit is that unit or
/// lies under it (cells under their grassroots organisation).</summary>
public sealed class FreshnessCheck(WarehouseStore store)
{
    /// <summary>What marks a finding raised by this check in its evidence.</summary>
    public const string EvidenceKind = "freshness";

    private const string DeliveredSql = """
        WITH RECURSIVE u AS (SELECT * FROM units_on($5)),
        climb(unit_code, org) AS (
            SELECT unit_code, unit_code FROM u WHERE unit_kind IN ('grassroots_party_org', 'party_committee')
            UNION ALL
            SELECT x.unit_code, c.org FROM u x JOIN climb c ON x.parent_code = c.unit_code
            WHERE x.unit_kind NOT IN ('grassroots_party_org', 'party_committee')
        ),
        delivered AS (
            SELECT t.code, count(*) AS ratings, max(b.finished_at) AS last_delivery
            FROM rating r JOIN etl_batch b USING (batch_id) LEFT JOIN climb c ON c.unit_code = r.unit_code,
                 unnest([r.unit_code, c.org]) AS t(code)
            WHERE b.source = $1 AND b.status = 'loaded' AND r.period_kind = $2 AND r.period_year = $3 AND r.period_no = $4
              AND t.code IS NOT NULL
            GROUP BY t.code
        )
        SELECT e.code, coalesce(d.ratings, 0), d.last_delivery
        FROM unnest($6::VARCHAR[]) AS e(code) LEFT JOIN delivered d USING (code)
        ORDER BY e.code
        """;

    private const string OpenPeriodsSql = """
        SELECT DISTINCT period FROM finding
        WHERE rule = 'R11' AND holds AND json_extract_string(evidence, '$.check') = $1 AND json_extract_string(evidence, '$.source') = $2
        ORDER BY period
        """;

    private const string Resolve = """
        UPDATE finding SET holds = false
        WHERE finding_id = $1 AND holds AND json_extract_string(evidence, '$.check') = $2
        """;

    /// <summary>The latest rating year whose deadline (31 December + <paramref name="freshnessDays"/>)
    /// has passed on <paramref name="today"/>, and that deadline.</summary>
    public static (string Period, DateOnly Deadline) DueYear(DateOnly today, int freshnessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(freshnessDays);
        var year = today.Year;
        while (Deadline(year, freshnessDays) >= today) year--;
        return (year.ToString(CultureInfo.InvariantCulture), Deadline(year, freshnessDays));
    }

    /// <summary>31 December of the rating year + the freshness days.</summary>
    public static DateOnly Deadline(int year, int freshnessDays) => new DateOnly(year, 12, 31).AddDays(freshnessDays);

    /// <summary>Years for which this check holds an open finding about the source (to resolve them
    /// once the unit delivers, whatever year is due now).</summary>
    public IReadOnlyList<string> OpenPeriods(string source) =>
        store.Rows(OpenPeriodsSql, r => r.GetString(0), EvidenceKind, source).ToList();

    /// <summary>Checks the expected units' deliveries through <paramref name="source"/> for the period,
    /// stores a finding for each unit that delivered nothing, and resolves by data the findings of this
    /// check for units that have delivered since.</summary>
    public FreshnessResult Run(string source, IReadOnlyCollection<string> expectedUnits, string periodCode, DateOnly deadline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(expectedUnits);
        var key = store.RequireKey();
        var period = CheckPeriod.Parse(periodCode);
        var rule = CheckCatalog.Find("R11") ?? throw new InvalidOperationException("the R11 rule is not embedded");
        var units = expectedUnits.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var rows = store.Rows(DeliveredSql, r => (Unit: r.GetString(0), Ratings: r.GetInt64(1)),
            source, period.Kind, period.Year, period.Number, period.End, units).ToList();
        var ruleSet = RuleSets.For(period.Year);
        var due = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var findings = rows.Where(r => r.Ratings == 0).Select(r => new Finding("R11", ruleSet, period.Code, "unit", r.Unit, r.Unit,
            rule.Severity,
            $"chưa nộp kết quả xếp loại năm {period.Code} qua nguồn '{source}' "
                + $"đến hạn {deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            rule.Regulation,
            JsonSerializer.Serialize(new Dictionary<string, string> { ["check"] = EvidenceKind, ["source"] = source, ["deadline"] = due })))
            .ToList();
        var delivered = rows.Where(r => r.Ratings > 0).Select(r => r.Unit).ToList();

        using var transaction = store.Connection.BeginTransaction();
        var runId = store.Scalar("SELECT coalesce(max(run_id), 0) + 1 FROM check_run");
        store.Execute("INSERT INTO check_run VALUES ($1, now(), NULL, [$2], ['R11'])", runId, period.Code);
        var known = store.Rows("SELECT finding_id FROM finding WHERE period = $1", r => r.GetString(0), period.Code)
            .ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var f in findings)
        {
            var id = FindingIdentity.Of(key, f);
            if (!known.Contains(id)) added++;
            store.Execute(CheckRunner.Upsert, id, f.Rule, f.RuleSet, f.Period, f.SubjectKind, f.SubjectId, f.UnitCode, f.Severity,
                f.Message, f.Regulation, f.Evidence, runId);
        }
        var resolved = delivered.Sum(unit => store.Execute(Resolve,
            FindingIdentity.Of(key, new Finding("R11", ruleSet, period.Code, "unit", unit, unit, "", "", "", null)), EvidenceKind));
        store.Execute("UPDATE check_run SET finished_at = now() WHERE run_id = $1", runId);
        transaction.Commit();
        return new FreshnessResult(runId, source, period.Code, deadline, findings, delivered, added, resolved);
    }
}
