using System.Data;
using System.Text;
using System.Text.RegularExpressions;
using Analytics.Etl.Decoding;
using Npgsql;

namespace Analytics.Etl.Sources;

/// <summary>A PostgreSQL database (kind "postgres"), read in one REPEATABLE READ, READ ONLY transaction:
/// per record kind the configured query's rows (above the watermark when one is set) are exported by
/// the server as CSV (COPY … TO STDOUT) straight into the landing file — no row passes through .NET
/// objects — under the query's column names, booleans as true/false and the watermark column left out.
/// The watermark is compared in the column's own type (set_config + CAST), never spliced into SQL.</summary>
internal sealed partial class PostgresSource(SourceSettings source) : IExtractingConnector
{
    [GeneratedRegex("^[a-z][a-z0-9_ ]*(\\([0-9, ]+\\))?( with(out)? time zone)?$")]
    private static partial Regex TypeName();

    public string Connector => "postgres";

    public Extraction Extract(string? since, LandingFolder landing, CancellationToken cancellationToken)
    {
        string connectionString;
        try { connectionString = ConnectionString(); }
        catch (ArgumentException e) { return Extraction.Failed(e.Message); }
        try { since = since is null ? null : WatermarkWindow.Lower(since, source.WatermarkOverlap); }
        catch (ArgumentException e) { return Extraction.Failed($"source '{source.Name}': {e.Message}"); }
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // A retry starts again from the first kind: nothing has been read from a failed attempt
                // before the connection broke except what the next attempt rewrites.
                return ExtractOnce(connectionString, since, landing, cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException
                && attempt < source.Retries && !landing.Published
                && (e is TimeoutException || ((NpgsqlException)e).IsTransient))
            {
                Backoff.Wait(Backoff.Delay(attempt + 1), cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or MissingWatermarkException or InvalidOperationException)
            {
                return Extraction.Failed($"source '{source.Name}': {e.Message}");
            }
        }
    }

    private string ConnectionString()
    {
        var text = source.ConnectionStringVariable is { Length: > 0 } variable
            && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : source.ConnectionString is { Length: > 0 } configured ? configured
            : throw new ArgumentException(
                $"source '{source.Name}': environment variable {source.ConnectionStringVariable} (its connection string) is not set");
        var builder = new NpgsqlConnectionStringBuilder(text)
        {
            Timeout = source.TimeoutSeconds,
            CommandTimeout = source.TimeoutSeconds,
            ApplicationName = "analytics pull " + source.Name,
        };
        return builder.ConnectionString;
    }

    private Extraction ExtractOnce(string connectionString, string? since, LandingFolder landing, CancellationToken cancellationToken)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        Execute(connection, "SET TRANSACTION READ ONLY");
        var incremental = since is not null && source.WatermarkColumn is not null;
        if (incremental) Execute(connection, "SELECT set_config('analytics.since', $1, true)", since);
        string? watermark = null;
        foreach (var kind in landing.Kinds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = source.Queries.First(q => RecordKindNames.FileName(RecordKindNames.FromName(q.Key)!.Value) == kind).Value;
            var inner = SqlText.Trimmed(query);
            var columns = Columns(connection, inner);
            string where = "";
            if (source.WatermarkColumn is { } mark)
            {
                var (name, type) = columns.FirstOrDefault(c => string.Equals(c.Name, mark, StringComparison.OrdinalIgnoreCase));
                if (name is null)
                    throw new MissingWatermarkException($"{kind} query has no column '{mark}' (WatermarkColumn); " +
                        $"its columns: {string.Join(", ", columns.Select(c => c.Name))}");
                if (!TypeName().IsMatch(type))
                    throw new InvalidOperationException(
                        $"{kind} query: watermark column '{name}' has type '{type}', which cannot be compared");
                if (incremental) where = $" WHERE q.{SqlText.Identifier(name)} > CAST(current_setting('analytics.since') AS {type})";
                var max = Scalar(connection, $"SELECT max(q.{SqlText.Identifier(name)})::text FROM ({inner}) AS q{where}");
                watermark = WatermarkOrder.Max(watermark, max);
            }
            var select = string.Join(", ", columns
                .Where(c => !string.Equals(c.Name, source.WatermarkColumn, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Type == "boolean"
                    ? $"q.{SqlText.Identifier(c.Name)}::text AS {SqlText.Identifier(c.Name)}"
                    : $"q.{SqlText.Identifier(c.Name)}"));
            var copy = $"COPY (SELECT {select} FROM ({inner}) AS q{where}) TO STDOUT (FORMAT csv, HEADER true)";
            var rows = Export(connection, copy, landing.Begin(kind), landing.HasRows);
            landing.End(kind, rows);
        }
        transaction.Commit();
        return new Extraction(watermark, []);
    }

    private static List<(string Name, string Type)> Columns(NpgsqlConnection connection, string query)
    {
        using var command = new NpgsqlCommand($"SELECT * FROM ({query}) AS q LIMIT 0", connection);
        using var reader = command.ExecuteReader(CommandBehavior.SchemaOnly);
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetDataTypeName(i)))];
    }

    /// <summary>Copies the server's CSV into the landing file; returns the data lines (rows, unless a cell
    /// holds a line break). Readers are told as soon as the first data line is in the file.</summary>
    private static long Export(NpgsqlConnection connection, string copy, Stream file, Action firstRows)
    {
        using var text = connection.BeginTextExport(copy);
        using var output = new StreamWriter(file, new UTF8Encoding(false), 1 << 16);
        var buffer = new char[1 << 16];
        long lines = 0;
        int n;
        while ((n = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            var before = lines;
            lines += buffer.AsSpan(0, n).Count('\n');
            output.Write(buffer, 0, n);
            if (before < 2 && lines >= 2) { output.Flush(); firstRows(); }
        }
        return Math.Max(0, lines - 1);
    }

    private void Execute(NpgsqlConnection connection, string sql, params object?[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = source.TimeoutSeconds };
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p ?? DBNull.Value });
        command.ExecuteNonQuery();
    }

    private string? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = source.TimeoutSeconds };
        return command.ExecuteScalar() as string;
    }
}
