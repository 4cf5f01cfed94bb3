using DuckDB.NET.Data;

namespace Analytics.Warehouse.Vocabulary;

/// <summary>Keeps the warehouse's vocabulary table (migration 012) equal to <see cref="Glossary.All"/>:
/// read on every open (a few dozen rows), rewritten in one transaction only when a word changed, so a
/// new or corrected label reaches existing warehouses without a migration of its own.</summary>
internal static class VocabularyTable
{
    private const string Exists =
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'vocabulary' AND database_name = current_database()";
    private const string Select = "SELECT concept, code, label, in_sentence FROM vocabulary";
    private const string Clear = "DELETE FROM vocabulary";
    private const string Insert = "INSERT INTO vocabulary (concept, code, label, in_sentence) VALUES ($1, $2, $3, $4)";

    /// <summary>Rewrites the table when it differs from the glossary; false when it was already equal
    /// (or the warehouse has no vocabulary table, before migration 012).</summary>
    public static bool Sync(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (Convert.ToInt64(Scalar(connection, Exists)) == 0) return false;
        var wanted = Glossary.All.SelectMany(c => c.Terms.Select(t => (c.Name, t.Code, t.Label, t.InSentence))).ToHashSet();
        var stored = new HashSet<(string, string, string, string)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = Select;
            using var reader = read.ExecuteReader();
            while (reader.Read()) stored.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        if (stored.SetEquals(wanted)) return false;
        using var transaction = connection.BeginTransaction();
        using (var clear = connection.CreateCommand())
        {
            clear.CommandText = Clear;
            clear.ExecuteNonQuery();
        }
        foreach (var (concept, code, label, sentence) in wanted)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = Insert;
            foreach (var value in new[] { concept, code, label, sentence }) insert.Parameters.Add(new DuckDBParameter(value));
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return true;
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
