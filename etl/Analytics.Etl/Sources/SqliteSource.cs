using System.Data.Common;
using System.Globalization;
using Analytics.Etl.Decoding;
using Microsoft.Data.Sqlite;

namespace Analytics.Etl.Sources;

/// <summary>A SQLite database file (kind "sqlite"), opened read-only: per record kind the configured
/// query's rows — above the watermark when <see cref="SourceSettings.WatermarkColumn"/> is set — are
/// landed as interchange CSV under the query's column names, all kinds in one read transaction.</summary>
internal sealed class SqliteSource(SourceSettings source, string landingRoot) : ISourceConnector
{
    public FetchResult Fetch(string? since, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(source.Path!);
        if (!File.Exists(path)) return new FetchResult(source.Name, [], null, [$"source '{source.Name}': database {path} does not exist"]);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = source.TimeoutSeconds };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA query_only = 1";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction(deferred: true);   // one snapshot for every kind
        var landing = Landing.NewFolder(landingRoot, source.Name);
        var files = new List<string>();
        string? watermark = null;
        foreach (var (kindName, query) in source.Queries.OrderBy(q => RecordKindNames.FromName(q.Key)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = RecordKindNames.FileName(RecordKindNames.FromName(kindName)!.Value);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandTimeout = source.TimeoutSeconds;
            var inner = SqlText.Trimmed(query);
            if (since is not null && source.WatermarkColumn is { } column)
            {
                command.CommandText = $"SELECT * FROM ({inner}) AS q WHERE q.{SqlText.Identifier(column)} > $since";
                command.Parameters.AddWithValue("$since", Typed(since));
            }
            else command.CommandText = inner;
            string? kindMark;
            try
            {
                using var reader = command.ExecuteReader();
                var csv = Path.Combine(landing, kind + ".csv");
                if (QueryCsv.Write(reader, csv, source.WatermarkColumn, out kindMark) == 0) File.Delete(csv);
                else files.Add(csv);
            }
            catch (SqliteException e)
            {
                return new FetchResult(source.Name, [], null, [$"source '{source.Name}', {kind} query: {e.Message}"]);
            }
            catch (MissingWatermarkException e)
            {
                return new FetchResult(source.Name, [], null, [$"source '{source.Name}', {kind} query: {e.Message}"]);
            }
            watermark = WatermarkOrder.Max(watermark, kindMark);
        }
        if (files.Count == 0) return new FetchResult(source.Name, [], null, []);
        return new FetchResult(source.Name, [SubmissionLocator.FromFiles(landing, files, "sqlite", $"{source.Name}-{Path.GetFileName(landing)}")], watermark, []);
    }

    // SQLite compares by storage class: a number watermark must be bound as a number.
    private static object Typed(string since) =>
        long.TryParse(since, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
        : double.TryParse(since, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : since;
}
