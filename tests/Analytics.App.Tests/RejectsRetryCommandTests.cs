namespace Analytics.App.Tests;

/// <summary>`analytics rejects --retry`: ratings quarantined because their party cell was not yet in
/// the registry load once the registry has arrived, in a batch of their own that names the rows it
/// re-read; rows still wrong stay in the quarantine, and a row is not retried twice from one batch.</summary>
public sealed class RejectsRetryCommandTests
{
    [Fact]
    public void Rows_quarantined_for_an_unknown_unit_load_after_the_registry_arrives()
    {
        using var cli = new CliRunner();
        cli.Write("a/ratings.csv", "record_id;period;subject_kind;subject_id;unit_code;role;channel;level;comment\n" +
            "A1;2024;person;DV1;CB09;party_member;final;HTTNV;\"Còn hạn chế;\nhai dòng\"\n" +
            "A2;2024;person;DV2;CB09;party_member;final;HTTTNV;\n" +
            "A3;2024;person;DV3;CB09;party_member;self;HTNV;");
        cli.Run("ingest", Path.Combine(cli.Root, "a"));
        cli.Write("registry/units.csv", "unit_code,unit_name,unit_kind\nCB09,Chi bộ thôn 9,party_cell");
        cli.Run("ingest", Path.Combine(cli.Root, "registry"));

        var (exit, output, _) = cli.Run("rejects", "--retry", "--reason", "unknown_unit");

        Assert.Equal(0, exit);
        Assert.Equal("retry of batch 1: 2 rows read again as batch 3: 2 loaded, 0 unchanged, 0 still quarantined\n",
            output.ReplaceLineEndings("\n"));
        using (var store = Analytics.Warehouse.Store.WarehouseStore.Open(cli.Warehouse))
        {
            // The retry's lines (a quoted line break makes A1 two lines) name the rows they re-read.
            Assert.Equal(["3|ratings.csv|2|1|ratings.csv|2", "3|ratings.csv|4|1|ratings.csv|5"], store.Rows(
                "SELECT concat_ws('|', batch_id, file, line, original_batch_id, original_file, original_line) FROM etl_retry ORDER BY line",
                r => r.GetString(0)).ToList());
            Assert.Equal(["file-drop|retry"], store.Rows(
                "SELECT concat_ws('|', source, connector) FROM etl_batch WHERE batch_id = 3", r => r.GetString(0)).ToList());
        }
        Assert.Equal("""
            batch,file,record_kind,line,column,reason,message
            1,ratings.csv,ratings,4,level,UNKNOWN_LEVEL,level 'HTTTNV' is not a known level; did you mean HTTNV?

            """, cli.Run("rejects").Out.ReplaceLineEndings("\n"));
        Assert.Equal("{\"units\":1,\"people\":0,\"positions\":0,\"ratings\":2,\"summaries\":0,\"residence\":0}",
            cli.Run("stats", "--json").Out.Trim());
        Assert.Equal("no quarantined UNKNOWN_UNIT rows to retry\n",
            cli.Run("rejects", "--retry", "--reason", "UNKNOWN_UNIT").Out.ReplaceLineEndings("\n"));

        var all = cli.Run("rejects", "--retry");

        Assert.Equal("retry of batch 1: 1 rows read again as batch 4: 0 loaded, 0 unchanged, 1 still quarantined\n",
            all.Out.ReplaceLineEndings("\n"));
        Assert.StartsWith("batch,file,record_kind,line,column,reason,message\n4,ratings.csv,ratings,2,level,UNKNOWN_LEVEL,",
            cli.Run("rejects").Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_reason_is_an_error_that_lists_the_reasons()
    {
        using var cli = new CliRunner();

        var (exit, _, error) = cli.Run("rejects", "--retry", "--reason", "UNIT");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: unknown reason 'UNIT' (one of BAD_DATE, ", error, StringComparison.Ordinal);
    }
}
