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
internal sealed partial class PostgresSource(SourceSettings source, string landingRoot) : ISourceConnector
{
    [GeneratedRegex("^[a-z][a-z0-9_ ]*(\\([0-9, ]+\\))?( with(out)? time zone)?$")]
    private static partial Regex TypeName();

    public FetchResult Fetch(string? since, CancellationToken cancellationToken)
    {
        string connectionString;
        try { connectionString = ConnectionString(); }
        catch (ArgumentException e) { return new FetchResult(source.Name, [], null, [e.Message]); }
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return FetchOnce(connectionString, since, cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && attempt < source.Retries && (e is TimeoutException || ((NpgsqlException)e).IsTransient))
            {
                Backoff.Wait(Backoff.Delay(attempt + 1), cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or MissingWatermarkException or InvalidOperationException)
            {
                return new FetchResult(source.Name, [], null, [$"source '{source.Name}': {e.Message}"]);
            }
        }
    }

    private string ConnectionString()
    {
        var text = source.ConnectionStringVariable is { Length: > 0 } variable && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : source.ConnectionString is { Length: > 0 } configured ? configured
            : throw new ArgumentException($"source '{source.Name}': environment variable {source.ConnectionStringVariable} (its connection string) is not set");
        var builder = new NpgsqlConnectionStringBuilder(text)
        {
            Timeout = source.TimeoutSeconds,
            CommandTimeout = source.TimeoutSeconds,
            ApplicationName = "analytics pull " + source.Name,
        };
        return builder.ConnectionString;
    }

    private FetchResult FetchOnce(string connectionString, string? since, CancellationToken cancellationToken)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        Execute(connection, "SET TRANSACTION READ ONLY");
        var incremental = since is not null && source.WatermarkColumn is not null;
        if (incremental) Execute(connection, "SELECT set_config('analytics.since', $1, true)", since);
        var landing = Landing.NewFolder(landingRoot, source.Name);
        var files = new List<string>();
        string? watermark = null;
        foreach (var (kindName, query) in source.Queries.OrderBy(q => RecordKindNames.FromName(q.Key)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = RecordKindNames.FileName(RecordKindNames.FromName(kindName)!.Value);
            var inner = SqlText.Trimmed(query);
            var columns = Columns(connection, inner);
            string where = "";
            if (source.WatermarkColumn is { } mark)
            {
                var (name, type) = columns.FirstOrDefault(c => string.Equals(c.Name, mark, StringComparison.OrdinalIgnoreCase));
                if (name is null)
                    throw new MissingWatermarkException($"{kind} query has no column '{mark}' (WatermarkColumn); its columns: {string.Join(", ", columns.Select(c => c.Name))}");
                if (!TypeName().IsMatch(type)) throw new InvalidOperationException($"{kind} query: watermark column '{name}' has type '{type}', which cannot be compared");
                if (incremental) where = $" WHERE q.{SqlText.Identifier(name)} > CAST(current_setting('analytics.since') AS {type})";
                var max = Scalar(connection, $"SELECT max(q.{SqlText.Identifier(name)})::text FROM ({inner}) AS q{where}");
                watermark = WatermarkOrder.Max(watermark, max);
            }
            var select = string.Join(", ", columns
                .Where(c => !string.Equals(c.Name, source.WatermarkColumn, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Type == "boolean" ? $"q.{SqlText.Identifier(c.Name)}::text AS {SqlText.Identifier(c.Name)}" : $"q.{SqlText.Identifier(c.Name)}"));
            var csv = Path.Combine(landing, kind + ".csv");
            var rows = Export(connection, $"COPY (SELECT {select} FROM ({inner}) AS q{where}) TO STDOUT (FORMAT csv, HEADER true)", csv);
            if (rows == 0) File.Delete(csv);
            else files.Add(csv);
        }
        transaction.Commit();
        if (files.Count == 0) return new FetchResult(source.Name, [], null, []);
        return new FetchResult(source.Name, [SubmissionLocator.FromFiles(landing, files, "postgres", $"{source.Name}-{Path.GetFileName(landing)}")], watermark, []);
    }

    private static List<(string Name, string Type)> Columns(NpgsqlConnection connection, string query)
    {
        using var command = new NpgsqlCommand($"SELECT * FROM ({query}) AS q LIMIT 0", connection);
        using var reader = command.ExecuteReader(CommandBehavior.SchemaOnly);
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetDataTypeName(i)))];
    }

    /// <summary>Copies the server's CSV into the file; returns the data lines (rows unless a cell holds a line break).</summary>
    private static long Export(NpgsqlConnection connection, string copy, string path)
    {
        using var text = connection.BeginTextExport(copy);
        using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        var buffer = new char[1 << 16];
        long lines = 0;
        int n;
        while ((n = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, n).Count('\n');
            output.Write(buffer, 0, n);
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
