using Analytics.App.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace Analytics.App.Serve;

/// <summary>The job storage "Jobs:Storage" names: a SQLite file (embedded default, history survives
/// restarts) or PostgreSQL (several servers share it; the connection string comes from the
/// environment variable "Jobs:ConnectionStringVariable" names, never from the file). A job whose
/// server died is taken again by another after Jobs:InvisibilityTimeout (sliding, so a long job
/// on a live server is never taken twice).</summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(JobSettings settings, string warehousePath, TimeSpan pollInterval)
    {
        switch (settings.Storage)
        {
            case "sqlite":
                var path = settings.SqlitePathFor(warehousePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = pollInterval });
            case "postgres":
                var variable = settings.ConnectionStringVariable;
                var connection = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value
                    : throw new ArgumentException($"Jobs:Storage is postgres, but the environment variable {variable} " +
                        "(Jobs:ConnectionStringVariable) holds no connection string");
                var options = new PostgreSqlStorageOptions
                {
                    SchemaName = settings.Schema,
                    QueuePollInterval = pollInterval,
                    PrepareSchemaIfNecessary = true,
                    InvisibilityTimeout = settings.InvisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
                };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, options), options);
            default:
                throw new ArgumentException($"Jobs:Storage '{settings.Storage}' is neither sqlite nor postgres");
        }
    }
}
