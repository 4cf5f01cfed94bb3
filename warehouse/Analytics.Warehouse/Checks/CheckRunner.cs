using System.Diagnostics;
using System.Text.RegularExpressions;
using Analytics.Warehouse.Store;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Checks;

/// <summary>Runs the checks of the rule set in force for a period over the final ratings in force,
/// and stores the findings: a finding keeps its identity across runs (its review status survives),
/// and one that no longer holds is marked resolved by data, never deleted. R01 uses
/// <paramref name="quota"/> (default: 20% of HTTNV).</summary>
public sealed partial class CheckRunner(WarehouseStore store, CheckSettings settings, ExcellentQuota? quota = null)
{
    private readonly ExcellentQuota _quota = quota ?? new ExcellentQuota();

    public CheckRunResult Run(string periodCode, IReadOnlyCollection<string>? onlyRules = null)
    {
        var clock = Stopwatch.StartNew();
        var key = store.RequireKey();   // before any work: findings are stored under the warehouse's key
        var period = CheckPeriod.Parse(periodCode);
        var ruleSet = RuleSets.For(period.Year);
        var rules = CheckCatalog.All
            .Where(r => onlyRules is null || onlyRules.Contains(r.Code, StringComparer.OrdinalIgnoreCase))
            .Where(r => r.RuleSets.Contains(ruleSet) && (period.IsYear || !r.YearsOnly))
            .ToList();
        var findings = new List<Finding>();
        foreach (var sql in PreparedTables.All) Execute(sql, period);
        var prepared = clock.Elapsed;
        var byRule = new Dictionary<string, TimeSpan>();
        try
        {
            foreach (var rule in rules)
            {
                var started = clock.Elapsed;
                findings.AddRange(Evaluate(rule, period, ruleSet));
                byRule[rule.Code] = clock.Elapsed - started;
            }
        }
        finally
        {
            foreach (var drop in PreparedTables.Drop.Split(';')) Execute(drop, period);
        }
        var (runId, added, holding, resolved) = Store(key, period, rules.Select(r => r.Code).ToList(), findings);
        return new CheckRunResult(runId, period.Code, ruleSet, rules.Select(r => r.Code).ToList(), findings, added, holding, resolved,
            clock.Elapsed, prepared, byRule);
    }

    private void Execute(string sql, CheckPeriod period)
    {
        // A view cannot take parameters: the period code (validated by CheckPeriod.Parse) is inlined.
        sql = sql.Replace("{0}", period.Code, StringComparison.Ordinal);
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, sql, period);
        command.ExecuteNonQuery();
    }

    private void Bind(DuckDBCommand command, string sql, CheckPeriod period)
    {
        foreach (var (name, value) in Parameters(period))
            if (Regex.IsMatch(sql, $@"\${name}\b")) command.Parameters.Add(new DuckDBParameter(name, value));
    }

    private IEnumerable<Finding> Evaluate(CheckRule rule, CheckPeriod period, string ruleSet)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = rule.Sql;
        Bind(command, rule.Sql, period);
        using var reader = command.ExecuteReader();
        var rows = new List<Finding>();
        while (reader.Read())
        {
            rows.Add(new Finding(rule.Code, ruleSet, period.Code, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                rule.Severity, reader.GetString(3), rule.Regulation, reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return rows.OrderBy(f => f.UnitCode, StringComparer.Ordinal).ThenBy(f => f.SubjectId, StringComparer.Ordinal);
    }

    private IEnumerable<(string, object)> Parameters(CheckPeriod period)
    {
        yield return ("period", period.Code);
        yield return ("year", period.Year);
        yield return ("kind", period.Kind);
        yield return ("no", period.Number);
        yield return ("previous_year", period.PreviousParts.Year);
        yield return ("previous_no", period.PreviousParts.Number);
        yield return ("period_start", period.Start);
        yield return ("period_end", period.End);
        yield return ("previous_period", period.Previous);
        yield return ("quota", _quota.Share);
        yield return ("denominator_or_better", _quota.OfGoodOrBetter);
        yield return ("share", settings.ExcellentOrganisationShare);
        yield return ("gap", settings.CounterpartGap);
        yield return ("deadline", Deadline(period));
    }

    private DateOnly Deadline(CheckPeriod period)
    {
        if (!period.IsYear) return period.End.AddDays(settings.PeriodResultsDueDays);
        var due = new DateOnly(period.Year + 1, settings.FinalResultsDueMonth, 1);
        return due.AddDays(Math.Min(settings.FinalResultsDueDay, DateTime.DaysInMonth(due.Year, due.Month)) - 1);
    }
}
