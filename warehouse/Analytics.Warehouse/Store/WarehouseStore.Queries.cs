namespace Analytics.Warehouse.Store;

// Read-side queries of the lineage and the record counts.
public sealed partial class WarehouseStore
{
    private const string CountsSql = """
        SELECT
            (SELECT count(DISTINCT unit_code) FROM unit_observation),
            (SELECT count(*) FROM person),
            (SELECT count(*) FROM position_current),
            (SELECT count(*) FROM rating_current),
            (SELECT count(*) FROM summary_current),
            (SELECT count(*) FROM residence_current)
        """;

    private const string RejectsSql = """
        SELECT batch_id, file, record_kind, line, column_name, reason, message, raw
        FROM etl_rejected ORDER BY batch_id, file, line, column_name
        """;

    /// <summary>Maps every row of a read-only query.</summary>
    public IEnumerable<T> Rows<T>(string sql, Func<System.Data.Common.DbDataReader, T> map, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return map(reader);
    }

    /// <summary>Every rating year the warehouse holds ratings for ("2021", "2022", …), in order: what the
    /// checks, the scoring and the briefing run over when no period is named.</summary>
    public IReadOnlyList<string> RatingYears() =>
        Rows("SELECT DISTINCT period FROM rating_all WHERE period_kind = 'year' ORDER BY period", r => r.GetString(0)).ToList();

    /// <summary>Current row counts per record kind.</summary>
    public RecordCounts Counts()
    {
        using var command = Command(CountsSql);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new RecordCounts(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    /// <summary>Every quarantined row, in batch, file and line order.</summary>
    public IEnumerable<(long BatchId, RejectedRow Row)> Rejects()
    {
        using var command = Command(RejectsSql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt64(0), new RejectedRow(
                reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
    }
}
