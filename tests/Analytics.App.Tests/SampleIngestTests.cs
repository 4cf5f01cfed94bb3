namespace Analytics.App.Tests;

/// <summary>`analytics ingest samples/`: the bundled two-commune sample (samples/README.md has the
/// expected figures, computed independently when the sample was made).</summary>
public sealed class SampleIngestTests
{
    private const string ExpectedStats =
        "{\"units\":25,\"people\":310,\"positions\":365,\"ratings\":1174,\"summaries\":10,\"residence\":120}";

    [Fact]
    public void The_sample_loads_with_the_documented_counts_and_a_second_run_changes_nothing()
    {
        using var cli = new CliRunner();
        var samples = Path.Combine(CliRunner.RepositoryRoot(), "samples");
        var first = cli.Run("ingest", samples);
        Assert.Equal(0, first.Exit);
        Assert.Contains(
            "xa-hoa-binh: batch 1: 993 rows read, 992 loaded, 0 unchanged, 1 quarantined in ", first.Out, StringComparison.Ordinal);
        Assert.Contains(
            "xa-tan-phu: batch 2: 1,015 rows read, 1,014 loaded, 0 unchanged, 1 quarantined in ", first.Out, StringComparison.Ordinal);
        Assert.Contains(
            "2 submissions: 2,008 rows read, 2,006 loaded, 0 unchanged, 2 quarantined in ", first.Out, StringComparison.Ordinal);
        Assert.Equal(ExpectedStats, cli.Run("stats", "--json").Out.Trim());

        var second = cli.Run("ingest", samples);
        Assert.Equal(0, second.Exit);
        Assert.Contains("xa-tan-phu: unchanged — the same content was loaded as batch 2 (", second.Out, StringComparison.Ordinal);
        Assert.Equal(ExpectedStats, cli.Run("stats", "--json").Out.Trim());
    }

    [Fact]
    public void The_two_planted_bad_rows_are_quarantined_where_the_sample_says()
    {
        using var cli = new CliRunner();
        cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples"));
        var rejects = cli.Run("rejects").Out;
        Assert.Equal(
            "batch,file,record_kind,line,column,reason,message\n" +
            "1,ratings.csv,ratings,352,period,BAD_PERIOD,period '2024-Q5' is impossible: quarter 5 does not exist (quarters are Q1–Q4)\n" +
            "2,ratings.csv,ratings,374,level,UNKNOWN_LEVEL,level 'HTTTNV' is not a known level; did you mean HTTNV?\n",
            rejects.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_windows_1258_file_and_the_renamed_cell_come_through()
    {
        using var cli = new CliRunner();
        cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples"));
        using var store = Analytics.Warehouse.Store.WarehouseStore.Open(cli.Warehouse);
        Assert.Equal(1, store.Scalar("SELECT count(*) FROM etl_file WHERE file = 'people.csv' AND encoding = 'windows-1258'"));
        Assert.Equal(0, store.Scalar(
            "SELECT count(*) FROM person_identity WHERE full_name <> nfc_normalize(full_name) OR full_name LIKE '%\uFFFD%'"));
        Assert.Equal(2, store.Scalar("SELECT count(*) FROM unit_version WHERE unit_code = 'HB-CB03'"));
        Assert.Equal(1, store.Scalar(
            "SELECT count(*) FROM unit_current WHERE unit_code = 'HB-CB03' AND unit_name = 'Chi bộ thôn Bình An'"));
        Assert.Equal(1, store.Scalar("SELECT level FROM rating_current WHERE record_id = 'HB-2024-000089-F'"));
    }
}
