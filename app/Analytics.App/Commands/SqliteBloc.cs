using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;
using Analytics.Synthetic;
using Microsoft.Data.Sqlite;

namespace Analytics.App.Commands;

/// <summary>Turns one bloc of a generated province (one submission folder) into a SQLite database, so
/// the demo has a real SQL source (`analytics pull`): one table per record kind with the interchange
/// column names, the cells exactly as delivered (decoded to Unicode by the loader's own reader, so the
/// spellings and date formats stay messy), and a <c>changed_at</c> watermark column. The folder is
/// removed from the province; a bloc with planted bad rows is never chosen, so truth.json still holds
/// for the province as a whole (CSV folders plus this database).</summary>
internal static class SqliteBloc
{
    /// <summary>The watermark column of every table.</summary>
    public const string WatermarkColumn = "changed_at";

    /// <summary>The query per record kind that reads such a database (for appsettings.json).</summary>
    public static IReadOnlyDictionary<string, string> Queries { get; } =
        Enum.GetValues<RecordKind>().ToDictionary(k => RecordKindNames.FileName(k), k => $"SELECT * FROM {RecordKindNames.FileName(k)}");

    /// <summary>Moves <paramref name="submission"/> (default: the first commune without planted bad rows)
    /// out of <paramref name="province"/> into a new database at <paramref name="databasePath"/>; returns
    /// the submission moved and the rows written.</summary>
    public static (string Submission, long Rows) Write(string province, string databasePath, string? submission = null)
    {
        var truth = ProvinceTruth.Read(Path.Combine(province, ProvinceGenerator.TruthFile));
        var broken = truth.BadRows.Select(b => b.Submission).ToHashSet(StringComparer.Ordinal);
        submission ??= Directory.EnumerateDirectories(province).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .FirstOrDefault(n => n!.StartsWith("xa-", StringComparison.Ordinal) && !broken.Contains(n))
            ?? throw new InvalidOperationException($"{province}: no commune without planted bad rows to move into SQLite");
        if (broken.Contains(submission))
            throw new ArgumentException($"{submission} has planted bad rows; their lines would no longer match truth.json");
        var folder = Path.Combine(province, submission);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        if (File.Exists(databasePath)) File.Delete(databasePath);
        long rows = 0;
        using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            foreach (var kind in Enum.GetValues<RecordKind>())
            {
                var name = RecordKindNames.FileName(kind);
                var columns = HeaderCatalog.Columns(kind);
                Execute(connection, transaction,
                    $"CREATE TABLE {name} ({string.Join(", ", columns.Select(c => c + " TEXT"))}, {WatermarkColumn} INTEGER NOT NULL)");
                var path = Path.Combine(folder, name + ".csv");
                if (!File.Exists(path)) continue;
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO {name} VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))}, 1)";
                var parameters = columns.Select((_, i) => insert.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
                var csvFile = new SubmissionFile(name + ".csv", new FileInfo(path).Length, () => File.OpenRead(path));
                using var reader = CsvRecordReader.Open(csvFile, kind, null);
                while (reader.Read())
                {
                    for (var i = 0; i < columns.Count; i++) parameters[i].Value = (object?)reader[i] ?? DBNull.Value;
                    insert.ExecuteNonQuery();
                    rows++;
                }
            }
            transaction.Commit();
        }
        Directory.Delete(folder, recursive: true);
        return (submission, rows);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
