using Analytics.Etl.Sources;
using Microsoft.Extensions.Configuration;

namespace Analytics.Etl.Tests.Sources;

/// <summary>Sources bound from configuration, and the errors that name the source and the field.</summary>
public sealed class SourceCatalogTests
{
    private static IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Every_field_binds_from_the_Sources_array()
    {
        var sources = SourceCatalog.Bind(Config(
            ("Sources:0:Name", "so-noi-vu"), ("Sources:0:Kind", "postgres"), ("Sources:0:ConnectionStringVariable", "SO_NOI_VU_DB"),
            ("Sources:0:Queries:ratings", "SELECT * FROM danh_gia"), ("Sources:0:WatermarkColumn", "updated_at"),
            ("Sources:0:Schedule", "*/15 * * * *"), ("Sources:0:FreshnessDays", "7.5"), ("Sources:0:ExpectedUnits:0", "S114"),
            ("Sources:0:ExpectedUnits:1", "S115"), ("Sources:0:TimeoutSeconds", "10"), ("Sources:0:Retries", "5"),
            ("Sources:1:Name", "drop"), ("Sources:1:Kind", "drop"), ("Sources:1:Path", "data/drop")));

        Assert.Equal(2, sources.Count);
        var pg = sources[0];
        Assert.Equal(("so-noi-vu", "postgres", "SO_NOI_VU_DB", "updated_at", "*/15 * * * *", 7.5, 10, 5),
            (pg.Name, pg.Kind, pg.ConnectionStringVariable, pg.WatermarkColumn, pg.Schedule, pg.FreshnessDays, pg.TimeoutSeconds,
                pg.Retries));
        Assert.Equal(["S114", "S115"], pg.ExpectedUnits);
        Assert.Equal("SELECT * FROM danh_gia", pg.Queries["ratings"]);
        Assert.Equal(("0 * * * *", 30, 3), (sources[1].Schedule, sources[1].TimeoutSeconds, sources[1].Retries));
        Assert.Empty(SourceCatalog.Bind(Config()));
    }

    [Theory]
    [InlineData("Kind", "ftp", "source 'x': Kind 'ftp' is not one of drop, http, sqlite, postgres")]
    [InlineData("Path", "", "source 'x': Path is required for kind sqlite")]
    [InlineData("Queries:diem", "SELECT 1",
        "source 'x': Queries key 'diem' is not a record kind (units, people, positions, ratings, summaries, residence)")]
    [InlineData("Schedule", "hourly", "source 'x': Schedule 'hourly' is not a cron expression (five fields)")]
    [InlineData("TimeoutSeconds", "0", "source 'x': TimeoutSeconds must be positive")]
    public void A_bad_field_is_named_with_its_source(string field, string value, string message)
    {
        var pairs = new Dictionary<string, string>
        {
            ["Sources:0:Name"] = "x",
            ["Sources:0:Kind"] = "sqlite",
            ["Sources:0:Path"] = "a.sqlite",
            ["Sources:0:Queries:units"] = "SELECT 1",
            [$"Sources:0:{field}"] = value,
        };
        var error = Assert.Throws<ArgumentException>(() => SourceCatalog.Bind(Config([.. pairs.Select(p => (p.Key, p.Value))])));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Names_must_be_unique_and_an_http_source_needs_an_absolute_url()
    {
        Assert.Equal("source 'a': Name is used by another source; names must be unique",
            Assert.Throws<ArgumentException>(() => SourceCatalog.Bind(Config(
            ("Sources:0:Name", "a"), ("Sources:0:Kind", "drop"), ("Sources:0:Path", "d"),
            ("Sources:1:Name", "A"), ("Sources:1:Kind", "drop"), ("Sources:1:Path", "e"))))
                .Message.Replace("'A'", "'a'", StringComparison.Ordinal));
        Assert.Equal("source 'h': Url 'api/v1' is not an absolute http(s) URL",
            Assert.Throws<ArgumentException>(() => SourceCatalog.Bind(Config(
            ("Sources:0:Name", "h"), ("Sources:0:Kind", "http"), ("Sources:0:Url", "api/v1"), ("Sources:0:Queries:units", "units"))))
                .Message);
    }
}
