using System.Diagnostics;
using System.Text.Json;
using Analytics.Synthetic;

namespace Analytics.App.Tests;

/// <summary>`analytics pull`: configured sources run once from the command line; a pull killed in the
/// middle of a load (kill -9 of the real executable) leaves no partial batch, and a rerun completes it.</summary>
public sealed class PullCommandTests
{
    private static string Sources(CliRunner cli, params object[] sources)
    {
        var path = Path.Combine(cli.Root, "sources.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { Sources = sources }));
        return path;
    }

    [Fact]
    public void Pull_runs_the_chosen_source_and_prints_what_it_delivered()
    {
        using var cli = new CliRunner();
        cli.Write("drop/xa/units.csv", "unit_code,unit_name,unit_kind\nDU,Đảng bộ xã,grassroots_party_org\nCB01,Chi bộ 1,party_cell");
        cli.Write("drop/xa/ratings.csv",
            "record_id,period,subject_kind,subject_id,unit_code,role,channel,level\nR1,2024-Q3,unit,CB01,CB01,organisation,final,HTTNV");
        var config = Sources(cli,
            new { Name = "tinh", Kind = "drop", Path = Path.Combine(cli.Root, "drop"), SettleSeconds = 0 },
            new { Name = "other", Kind = "drop", Path = Path.Combine(cli.Root, "elsewhere"), SettleSeconds = 0 });

        var (exit, output, _) = cli.Run("pull", "--sources", config, "--source", "tinh", "--landing", Path.Combine(cli.Root, "landing"));

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("== tinh (drop)", lines[0]);
        Assert.StartsWith("xa: batch 1: 3 rows read, 3 loaded, 0 unchanged, 0 quarantined in ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("tinh: 1 submissions (1 loaded), 3 rows loaded, periods 2024-Q3 in ", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.True(Directory.Exists(Path.Combine(cli.Root, "drop", "archive", "xa")));
        Assert.False(Directory.Exists(Path.Combine(cli.Root, "elsewhere")));   // not chosen, not touched
    }

    [Fact]
    public void The_shipped_configuration_holds_the_drop_folder_only_the_demo_adds_its_SQLite_bloc()
    {
        var sources = Analytics.App.Configuration.Settings.Load().Sources;
        Assert.Equal(["file-drop|drop|data/drop"], sources.Select(s => $"{s.Name}|{s.Kind}|{s.Path}"));
    }

    [Fact]
    public void Ingest_takes_an_xlsx_workbook_and_names_its_sheet_in_the_quarantine()
    {
        using var cli = new CliRunner();
        var book = Path.Combine(CliRunner.RepositoryRoot(), "tests", "Analytics.Etl.Tests", "Fixtures", "xlsx", "libreoffice-bloc.xlsx");

        var (exit, output, _) = cli.Run("ingest", book);

        Assert.Equal(0, exit);
        Assert.StartsWith(
            "libreoffice-bloc: batch 1: 4 rows read, 3 loaded, 0 unchanged, 1 quarantined in ", output, StringComparison.Ordinal);
        Assert.Equal("batch,file,record_kind,line,column,reason,message\n" +
            "1,Xếp loại.csv,ratings,4,level,UNKNOWN_LEVEL," +
            "\"level 'HTXSNV lắm' is not a known level (HTXSNV, HTTNV, HTNV, KHTNV or not_rated)\"\n",
            cli.Run("rejects").Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_source_name_is_an_error_that_lists_the_configured_ones()
    {
        using var cli = new CliRunner();
        var config = Sources(cli, new { Name = "tinh", Kind = "drop", Path = "d" });

        var (exit, _, error) = cli.Run("pull", "--sources", config, "--source", "huyen");

        Assert.Equal(1, exit);
        Assert.Equal("error: no source named 'huyen' is configured (configured: tinh)", error.Trim());
    }

    [Fact]
    public void A_pull_killed_mid_load_leaves_no_partial_batch_and_a_rerun_completes_it()
    {
        using var cli = new CliRunner();
        const long RowCount = 700_000;   // progress is reported every 500,000 rows: the kill falls inside the read
        RatingsCsvWorkload.Write(Path.Combine(cli.Root, "drop", "big"), RowCount);
        var config = Sources(cli, new { Name = "tinh", Kind = "drop", Path = Path.Combine(cli.Root, "drop"), SettleSeconds = 0 });
        var landing = Path.Combine(cli.Root, "landing");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "analytics.dll"), "pull", "--sources", config, "--landing", landing,
            "--warehouse", cli.Warehouse,
        })
            start.ArgumentList.Add(arg);
        using (var child = Process.Start(start)!)
        {
            child.BeginOutputReadLine();
            string? line;
            while ((line = child.StandardError.ReadLine()) is not null && !line.Contains("rows read", StringComparison.Ordinal)) { }
            Assert.NotNull(line);   // progress showed rows: the batch is open and being filled
            child.Kill();           // SIGKILL: no finally blocks, no rollback, no flush
            child.WaitForExit();
        }

        Assert.Equal("0", cli.Run("stats", "--json").Out.Split("\"ratings\":")[1].Split(',')[0]);
        Assert.Equal("0", Count(cli, "etl_batch"));
        Assert.True(Directory.Exists(Path.Combine(cli.Root, "drop", "big")));   // not archived: nothing committed

        var (exit, output, _) = cli.Run("pull", "--sources", config, "--landing", landing);

        Assert.Equal(0, exit);
        Assert.Contains(
            $"big: batch 1: {RowCount + RatingsCsvWorkload.Cells + 1:N0} rows read, {RowCount + RatingsCsvWorkload.Cells + 1:N0} loaded",
            output, StringComparison.Ordinal);
        Assert.Equal("1", Count(cli, "etl_batch"));
        Assert.True(Directory.Exists(Path.Combine(cli.Root, "drop", "archive", "big")));
    }

    private static string Count(CliRunner cli, string table)
    {
        using var store = Analytics.Warehouse.Store.WarehouseStore.Open(cli.Warehouse);
        return store.Scalar($"SELECT count(*) FROM {table}").ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
