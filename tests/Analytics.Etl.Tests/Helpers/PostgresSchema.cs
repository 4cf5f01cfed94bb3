using Npgsql;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>A uniquely named schema on the test PostgreSQL server (ANALYTICS_TEST_POSTGRES, default the
/// local CI server), dropped with everything in it on dispose.</summary>
internal sealed class PostgresSchema : IDisposable
{
    public const string DefaultConnection = "Host=127.0.0.1;Port=5432;Username=analytics;Password=analytics;Database=analytics_test";

    public PostgresSchema()
    {
        ConnectionString = Environment.GetEnvironmentVariable("ANALYTICS_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : DefaultConnection;
        Name = "src_" + Guid.NewGuid().ToString("N")[..12];
        Execute($"CREATE SCHEMA {Name}");
    }

    public string ConnectionString { get; }
    public string Name { get; }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public void Dispose() => Execute($"DROP SCHEMA {Name} CASCADE");
}
