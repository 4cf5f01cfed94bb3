using System.Reflection;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Store;

/// <summary>Applies the numbered Schema/NNN_name.sql migrations (embedded resources) that the
/// warehouse file has not seen yet, each in its own transaction, in number order; then brings the
/// vocabulary table (migration 012) up to the glossary's words.</summary>
internal static class SchemaMigrator
{
    private const string CreateLedger =
        "CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)";
    private const string AppliedVersions = "SELECT version FROM schema_migration";
    private const string RecordVersion = "INSERT INTO schema_migration VALUES ($1, $2, now())";

    public static IReadOnlyList<(int Version, string Name)> Available()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Schema/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.AsSpan(7, 3)), Name: n))
            .OrderBy(m => m.Version)
            .ToList();
    }

    /// <summary>Applies the pending migrations (up to <paramref name="through"/>, for tests of an upgrade
    /// from an older warehouse) and returns how many ran.</summary>
    public static int Apply(DuckDBConnection connection, int through = int.MaxValue)
    {
        Execute(connection, CreateLedger);
        var applied = new HashSet<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = AppliedVersions;
            using var reader = command.ExecuteReader();
            while (reader.Read()) applied.Add(reader.GetInt32(0));
        }

        var count = 0;
        foreach (var (version, name) in Available())
        {
            if (applied.Contains(version) || version > through) continue;
            using var transaction = connection.BeginTransaction();
            Execute(connection, Read(name));
            using (var record = connection.CreateCommand())
            {
                record.CommandText = RecordVersion;
                record.Parameters.Add(new DuckDBParameter(version));
                record.Parameters.Add(new DuckDBParameter(name));
                record.ExecuteNonQuery();
            }
            transaction.Commit();
            count++;
        }
        Vocabulary.VocabularyTable.Sync(connection);
        return count;
    }

    private static string Read(string resource)
    {
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"migration {resource} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
