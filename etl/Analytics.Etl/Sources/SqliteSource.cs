using System.Globalization;
using Analytics.Etl.Decoding;
using Microsoft.Data.Sqlite;

namespace Analytics.Etl.Sources;

/// <summary>A SQLite database file (kind "sqlite"), opened read-only: per record kind the configured
/// query's rows — above the watermark when <see cref="SourceSettings.WatermarkColumn"/> is set — are
/// landed as interchange CSV under the query's column names, all kinds in one read transaction.</summary>
internal sealed class SqliteSource(SourceSettings source) : IExtractingConnector
{
    public string Connector => "sqlite";

    public Extraction Extract(string? since, LandingFolder landing, CancellationToken cancellationToken)
    {
        try { since = since is null ? null : WatermarkWindow.Lower(since, source.WatermarkOverlap); }
        catch (ArgumentException e) { return Extraction.Failed($"source '{source.Name}': {e.Message}"); }
        var path = Path.GetFullPath(source.Path!);
        if (!File.Exists(path)) return Extraction.Failed($"source '{source.Name}': database {path} does not exist");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = source.TimeoutSeconds,
        };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA query_only = 1";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction(deferred: true);   // one snapshot for every kind
        string? watermark = null;
        foreach (var kind in landing.Kinds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = source.Queries.First(q => RecordKindNames.FileName(RecordKindNames.FromName(q.Key)!.Value) == kind).Value;
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
            try
            {
                using var reader = command.ExecuteReader();
                var rows = QueryCsv.Write(reader, landing.Begin(kind), source.WatermarkColumn, landing.HasRows, out var kindMark);
                landing.End(kind, rows);
                watermark = WatermarkOrder.Max(watermark, kindMark);
            }
            catch (Exception e) when (e is SqliteException or MissingWatermarkException)
            {
                return Extraction.Failed($"source '{source.Name}', {kind} query: {e.Message}");
            }
        }
        return new Extraction(watermark, []);
    }

    // SQLite compares by storage class: a number watermark must be bound as a number.
    private static object Typed(string since) =>
        long.TryParse(since, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
        : double.TryParse(since, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
        : since;
}
