using System.Security.Cryptography;
using System.Text;
using Analytics.Warehouse.Store;

namespace Analytics.Warehouse.Checks;

/// <summary>The stable identity of a finding: rule, period, subject and unit of review, keyed with the
/// warehouse's pseudonym secret. A finding keeps it across re-runs (so its review status survives), and
/// because it is a keyed MAC, a viewer who sees a finding id cannot test guessed member ids against it —
/// which an unkeyed hash of "rule|period|person|DV…|unit" allowed.</summary>
public static class FindingIdentity
{
    private const string StoredSql = "SELECT finding_id, rule, period, subject_kind, subject_id, unit_code FROM finding";
    private const string CreateMap = "CREATE TABLE finding_rekey (old_id VARCHAR PRIMARY KEY, new_id VARCHAR NOT NULL)";
    private const string RekeyFindings =
        "UPDATE finding SET finding_id = m.new_id FROM finding_rekey m WHERE finding.finding_id = m.old_id";
    private const string RekeyEvents =
        "UPDATE finding_event SET finding_id = m.new_id FROM finding_rekey m WHERE finding_event.finding_id = m.old_id";
    private const string DropMap = "DROP TABLE finding_rekey";

    /// <summary>The id of <paramref name="finding"/> under <paramref name="key"/>.</summary>
    public static string Of(PseudonymKey key, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(finding);
        return key.FindingId(Text(finding.Rule, finding.Period, finding.SubjectKind, finding.SubjectId, finding.UnitCode));
    }

    /// <summary>The id a finding had before ids were keyed (a warehouse made before migration 013).</summary>
    internal static string Unkeyed(Finding finding) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            Text(finding.Rule, finding.Period, finding.SubjectKind, finding.SubjectId, finding.UnitCode))))[..24];

    /// <summary>Gives every stored finding, and its review events, the keyed id of its identity; runs
    /// inside the caller's transaction (the key binding's). Returns how many findings were re-keyed.</summary>
    internal static long Rekey(WarehouseStore store, PseudonymKey key)
    {
        var map = store.Rows(StoredSql, r => (Old: r.GetString(0),
                New: key.FindingId(Text(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)))))
            .Where(m => !string.Equals(m.Old, m.New, StringComparison.Ordinal))
            .ToList();
        if (map.Count == 0) return 0;
        store.Execute(CreateMap);
        using (var appender = store.Connection.CreateAppender("finding_rekey"))
        {
            foreach (var (old, fresh) in map) appender.CreateRow().AppendValue(old).AppendValue(fresh).EndRow();
        }
        store.Execute(RekeyFindings);
        store.Execute(RekeyEvents);
        store.Execute(DropMap);
        return map.Count;
    }

    private static string Text(string rule, string period, string subjectKind, string subjectId, string unitCode) =>
        $"{rule}|{period}|{subjectKind}|{subjectId}|{unitCode}";
}
