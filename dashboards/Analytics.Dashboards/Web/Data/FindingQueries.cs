using System.Data.Common;
using Analytics.Dashboards.Web.Auth;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Web.Data;

/// <summary>The findings list and a finding's page. Every statement filters on the viewer's area codes
/// ($1, NULL = every area) through the unit's area in the read model.</summary>
internal static class FindingQueries
{
    private const string Columns = """
        f.finding_id, f.rule, f.rule_set, f.period, f.subject_kind, f.subject_id, f.unit_code, u.unit_name, u.area_code,
        f.severity, f.message, f.regulation, f.evidence, f.holds, f.status, f.status_by, f.status_at, f.status_note
        """;

    private const string ListSql = $$"""
        SELECT {{Columns}}, count(*) OVER () AS total
        FROM finding f LEFT JOIN {units} u USING (unit_code)
        WHERE ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code))
          AND ($2::VARCHAR IS NULL OR f.rule = $2) AND ($3::VARCHAR IS NULL OR f.period = $3)
          AND ($4::VARCHAR IS NULL OR f.status = $4) AND ($5::VARCHAR IS NULL OR f.severity = $5)
          AND ($6::VARCHAR IS NULL OR u.area_code = $6) AND ($7::VARCHAR IS NULL OR f.unit_code = $7)
          AND ($8::BOOLEAN IS NULL OR f.holds = $8)
        ORDER BY f.period DESC, f.rule, f.unit_code, f.subject_id
        LIMIT $9 OFFSET $10
        """;

    private const string OneSql = $$"""
        SELECT {{Columns}}, 1 FROM finding f LEFT JOIN {units} u USING (unit_code)
        WHERE f.finding_id = $2 AND ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], u.area_code))
        """;

    private const string EventsSql = """
        SELECT previous_status, status, by_user, changed_at, note FROM finding_event WHERE finding_id = $1 ORDER BY event_id
        """;

    // Every person a finding names, with the pseudonymous key and the name (shown only to viewers with
    // personal-data rights); cached per data version by the pages.
    private const string PeopleSql = """
        SELECT i.source_person_id, any_value(i.person_key), any_value(i.full_name) FROM person_identity i
        WHERE i.source_person_id IN (SELECT subject_id FROM finding WHERE subject_kind = 'person') GROUP BY i.source_person_id
        """;

    // The subject's rating steps in force for the finding's year (the rows the rule judged), only those
    // decided in units of the viewer's areas ($4, NULL = every area): a member rated in two areas shows
    // an area analyst only the steps of theirs.
    private const string StepsSql = """
        WITH mine AS (
            SELECT r.record_id, b.source FROM rating r JOIN etl_batch b USING (batch_id)
            WHERE r.period_year = $1
              AND (($2::BIGINT IS NOT NULL AND r.person_key = $2) OR ($3::VARCHAR IS NOT NULL AND r.subject_unit = $3))
        )
        SELECT r.role::VARCHAR, r.channel::VARCHAR, r.level, r.score, r.discipline::VARCHAR, r.decided_on, r.unit_code,
               b.submission, r.line, r.batch_id
        FROM rating r JOIN etl_batch b USING (batch_id)
        WHERE r.period_year = $1 AND r.record_id IN (SELECT record_id FROM mine) AND b.source IN (SELECT source FROM mine)
          AND ($4::VARCHAR[] IS NULL OR r.unit_code IN (SELECT unit_code FROM unit_current WHERE list_contains($4::VARCHAR[], area_code)))
        QUALIFY row_number() OVER (PARTITION BY b.source, r.record_id ORDER BY r.revision DESC, r.batch_id DESC) = 1
        ORDER BY r.role, r.channel
        """;

    public static (int Total, IReadOnlyList<FindingRow> Rows) List(
        WarehouseStore store, ReadTables tables, Viewer viewer, FindingFilter filter, int pageSize)
    {
        var total = 0;
        var rows = store.Rows(tables.Sql(ListSql), r =>
        {
            total = (int)r.GetInt64(18);
            return Map(r);
        }, viewer.ScopeParameter, filter.Rule, filter.Period, filter.Status, filter.Severity, filter.Area, filter.Unit, filter.Holds,
            pageSize, (filter.Page - 1) * pageSize).ToList();
        return (total, rows);
    }

    public static FindingRow? Find(WarehouseStore store, ReadTables tables, Viewer viewer, string id) =>
        store.Rows(tables.Sql(OneSql), Map, viewer.ScopeParameter, id).FirstOrDefault();

    public static IReadOnlyList<FindingEvent> Events(WarehouseStore store, string id) =>
        store.Rows(EventsSql, r => new FindingEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDateTime(3),
            r.IsDBNull(4) ? null : r.GetString(4)), id).ToList();

    /// <summary>Pseudonymous key and name of every person a finding names, by source id.</summary>
    public static IReadOnlyDictionary<string, PersonRef> People(WarehouseStore store) =>
        store.Rows(PeopleSql, r => new PersonRef(r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2)))
            .ToDictionary(p => p.SourceId, StringComparer.Ordinal);

    public static IReadOnlyList<RatingStep> Steps(WarehouseStore store, Viewer viewer, int year, long? personKey, string? unit) =>
        store.Rows(StepsSql, r => new RatingStep(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : Convert.ToInt32(r.GetValue(2)),
            r.IsDBNull(3) ? null : Convert.ToDecimal(r.GetValue(3)), r.GetString(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5),
            r.GetString(6), r.GetString(7), r.GetInt64(8), r.GetInt64(9)), year, personKey, unit, viewer.ScopeParameter).ToList();

    private static FindingRow Map(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11),
        r.IsDBNull(12) ? null : r.GetString(12), r.GetBoolean(13), r.GetString(14), r.IsDBNull(15) ? null : r.GetString(15),
        r.IsDBNull(16) ? null : r.GetDateTime(16), r.IsDBNull(17) ? null : r.GetString(17));
}

/// <summary>The findings list's filters (null = any) and page (1-based).</summary>
internal sealed record FindingFilter(
    string? Rule, string? Period, string? Status, string? Severity, string? Area, string? Unit, bool? Holds, int Page);

internal sealed record FindingRow(
    string Id, string Rule, string RuleSet, string Period, string SubjectKind, string SubjectId, string UnitCode,
    string? UnitName, string? AreaCode, string Severity, string Message, string Regulation, string? Evidence, bool Holds, string Status,
    string? StatusBy, DateTime? StatusAt, string? StatusNote);

internal sealed record FindingEvent(string PreviousStatus, string Status, string By, DateTime At, string? Note);

internal sealed record PersonRef(string SourceId, long Key, string? FullName)
{
    /// <summary>What a viewer without personal-data rights sees instead of the source id and name.</summary>
    public string Pseudonym => Pseudonyms.Of(Key);
}

internal sealed record RatingStep(string Role, string Channel, int? Level, decimal? Score, string Discipline, DateOnly? DecidedOn,
    string UnitCode, string Submission, long Line, long BatchId);
