using Analytics.Etl.Sources;
using Analytics.Etl.Tests.Helpers;

namespace Analytics.Etl.Tests.Sources;

/// <summary>Rows that commit late with an older watermark value are not lost when the source pulls an
/// overlap below its watermark: rows read again change nothing, and the watermark never moves back.</summary>
public sealed class WatermarkOverlapTests
{
    private const string Tables = """
        CREATE TABLE units (unit_code TEXT, unit_name TEXT, unit_kind TEXT, changed TEXT);
        INSERT INTO units VALUES ('CB01', 'Chi bộ thôn 1', 'party_cell', '2025-01-05 08:00:00');
        CREATE TABLE ratings (record_id TEXT, period TEXT, subject_kind TEXT, subject_id TEXT, unit_code TEXT, role TEXT, channel TEXT,
            level TEXT, changed TEXT);
        INSERT INTO ratings VALUES ('R1', '2024', 'unit', 'CB01', 'CB01', 'organisation', 'self', 'HTTNV', '2025-01-05 10:00:00'),
                                   ('R2', '2024', 'unit', 'CB01', 'CB01', 'organisation', 'proposed', 'HTTNV', '2025-01-05 10:20:00');
        """;

    private static SourceSettings Source(string database, string? overlap) => new()
    {
        Name = "khoi",
        Kind = "sqlite",
        Path = database,
        Queries = new() { ["units"] = "SELECT * FROM units", ["ratings"] = "SELECT * FROM ratings" },
        WatermarkColumn = "changed",
        WatermarkOverlap = overlap,
    };

    [Theory]
    [InlineData(null, 2)]
    [InlineData("00:30:00", 3)]
    public void A_row_committed_late_with_an_older_time_is_read_within_the_overlap(string? overlap, long ratings)
    {
        using var bench = new SourceBench();
        var database = bench.PathOf("khoi.sqlite");
        SqliteFile.Execute(database, Tables);
        var source = Source(database, overlap);
        bench.Pull(source);

        // A long transaction stamped 10:10 commits after the pull that saw 10:20.
        SqliteFile.Execute(database,
            "INSERT INTO ratings VALUES ('R3', '2024', 'unit', 'CB01', 'CB01', 'organisation', 'final', 'HTXSNV', '2025-01-05 10:10:00')");
        var second = bench.Pull(source);

        Assert.Equal(ratings, bench.Scalar("SELECT count(*) FROM rating"));
        Assert.Equal("2025-01-05 10:20:00", second.Watermark);
        Assert.Empty(second.Errors);
    }

    [Fact]
    public void The_watermark_never_moves_back_when_the_rows_above_it_are_gone()
    {
        using var bench = new SourceBench();
        var database = bench.PathOf("khoi.sqlite");
        SqliteFile.Execute(database, Tables);
        var source = Source(database, "01:00:00");
        bench.Pull(source);
        SqliteFile.Execute(database,
            "DELETE FROM ratings WHERE record_id = 'R2'; UPDATE units SET unit_name = 'Chi bộ thôn Một', changed = '2025-01-05 09:30:00'");

        var second = bench.Pull(source);

        Assert.Equal("2025-01-05 10:20:00", second.Watermark);
        Assert.Equal(["Chi bộ thôn 1", "Chi bộ thôn Một"], bench.Strings("SELECT DISTINCT unit_name FROM unit_observation ORDER BY 1"));
    }

    [Theory]
    [InlineData("2025-01-05 10:20:00", "00:30:00", "2025-01-05 09:50:00")]
    [InlineData("2025-01-05T00:10:00.123+07:00", "00:15:00", "2025-01-04T23:55:00.123+07:00")]
    [InlineData("2025-01-05", "1.00:00:00", "2025-01-04")]
    [InlineData("2025-01-05", "06:00:00", "2025-01-04 18:00:00")]
    [InlineData("1500", "100", "1400")]
    [InlineData("12.5", "0.5", "12.0")]
    public void The_pull_starts_the_overlap_below_the_watermark_in_the_watermarks_own_shape(string since, string overlap, string from) =>
        Assert.Equal(from, WatermarkWindow.Lower(since, overlap));

    [Fact]
    public void An_overlap_that_does_not_fit_the_watermark_is_said_plainly() =>
        Assert.Equal("WatermarkOverlap '00:15:00' is a duration, but the watermark '1500' is not a date or time (yyyy-MM-dd HH:mm:ss)",
            Assert.Throws<ArgumentException>(() => WatermarkWindow.Lower("1500", "00:15:00")).Message);
}
