using System.Globalization;
using System.Text;
using Analytics.App.Commands;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;
using DuckDB.NET.Data;

namespace Analytics.App.Tests;

/// <summary>`analytics export --parquet DIR`: every table as Parquet, the facts Hive-partitioned by rating
/// year, readable by another engine (here a fresh in-memory DuckDB); anonymised unless asked — read back,
/// the anonymised export holds no source person id, name, free text or login of the input.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public void The_sample_exports_to_parquet_partitioned_by_year_and_anonymised()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples")).Exit);
        var folder = Path.Combine(cli.Root, "parquet");
        var (exit, output, error) = cli.Run("export", "--parquet", folder);
        Assert.True(exit == 0, error);
        Assert.EndsWith(ExportCommand.Anonymised + "\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        Assert.Equal(
            ["period_year=2023", "period_year=2024"],
            Directory.EnumerateDirectories(Path.Combine(folder, "rating")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder, "person_identity.parquet")));
        Assert.False(File.Exists(Path.Combine(folder, "web_user.parquet")));
        using var engine = Engine();
        List<(int, long)> inWarehouse;
        using (var store = WarehouseStore.Open(cli.Warehouse))
            inWarehouse = store.Rows("SELECT period_year, count(*) FROM rating GROUP BY 1 ORDER BY 1",
                r => (Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetInt64(1))).ToList();
        Assert.Equal([(2023, 142L), (2024, 1_033L)], inWarehouse);
        var perYear = $"SELECT period_year, count(*) FROM read_parquet('{folder}/rating/*/*.parquet', hive_partitioning = true) " +
            "GROUP BY 1 ORDER BY 1";
        Assert.Equal(inWarehouse, Rows(engine, perYear,
            r => (Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetInt64(1))));
        Assert.Equal([310L], Rows(engine, $"SELECT count(*) FROM '{folder}/person.parquet'", r => r.GetInt64(0)));
        Assert.Equal(["batch_id", "record_kind", "line", "column_name", "reason"],
            Rows(engine, $"SELECT column_name FROM (DESCRIBE SELECT * FROM '{folder}/etl_rejected.parquet')", r => r.GetString(0)));
        Assert.Equal(
            ["BAD_PERIOD", "UNKNOWN_LEVEL"],
            Rows(engine, $"SELECT reason FROM '{folder}/etl_rejected.parquet' ORDER BY 1", r => r.GetString(0)));

        // Nothing is overwritten: the same folder again is refused.
        var again = cli.Run("export", "--parquet", folder);
        Assert.Equal(1, again.Exit);
        Assert.Equal($"error: {folder}: not empty; export into a new folder (nothing is overwritten)", again.Err.Trim());
    }

    [Fact]
    public void Read_back_the_anonymised_export_holds_no_source_id_name_free_text_or_login_of_the_input()
    {
        using var cli = new CliRunner();
        var commune = WriteCommune(cli);
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples"), commune).Exit);
        Assert.Equal(0, cli.Run("check", "--period", "2024").Exit);
        string reviewed;
        long subjectKey;
        List<string> needles;
        using (var store = WarehouseStore.Open(cli.Warehouse))
        {
            (reviewed, subjectKey) = store.Rows("""
                SELECT f.finding_id, i.person_key FROM finding f JOIN person_identity i ON i.source_person_id = f.subject_id
                WHERE f.rule = 'R03' AND f.subject_id = 'DV9000002'
                """, r => (r.GetString(0), r.GetInt64(1))).Single();
            Assert.True(FindingReview.Review(store, reviewed, "acknowledged", "nguyen.thi.lan",
                "Đã làm việc với đồng chí Đoàn Văn Khải (DV9000002)", null));
            // Every source id and name the input delivered, as the warehouse decoded them.
            needles = store.Rows(
                "SELECT source_person_id FROM person_identity UNION SELECT full_name FROM person_identity WHERE full_name IS NOT NULL",
                r => r.GetString(0)).ToList();
        }
        Assert.Equal(313, needles.Count(n => n.Any(char.IsDigit)));   // 310 sample members and the commune's 3
        needles.AddRange(["DV9000001-F", "nguyen.thi.lan", "nể nang", "phản ánh", "Trưởng thôn", "Đã làm việc", "xa-an-lac"]);

        var folder = Path.Combine(cli.Root, "parquet");
        Assert.Equal(0, cli.Run("export", "--parquet", folder).Exit);
        using var engine = Engine();
        var text = Everything(engine, folder);
        Assert.Equal(15, text.Count);
        foreach (var needle in needles.Select(n => n.Normalize(NormalizationForm.FormC)))
        {
            var holders = text.Where(t => t.Value.Contains(needle, StringComparison.Ordinal)).Select(t => t.Key).ToList();
            Assert.True(holders.Count == 0, $"'{needle}' is in {string.Join(", ", holders)}");
        }

        // The person finding names its subject by the dashboard's pseudonym, with the key to join on.
        var pseudonym = "P-" + subjectKey.ToString("X16", CultureInfo.InvariantCulture);
        Assert.Equal([(pseudonym, subjectKey, "acknowledged")], Rows(engine,
            $"SELECT subject_id, person_key, status FROM '{folder}/finding.parquet' WHERE finding_id = '{reviewed}'",
            r => (r.GetString(0), r.GetInt64(1), r.GetString(2))));
        Assert.Equal([1L], Rows(engine, $"SELECT count(*) FROM '{folder}/person.parquet' WHERE person_key = {subjectKey}",
            r => r.GetInt64(0)));
        // Record ids are tokens, one per source record id, so revisions still pair up.
        using var check = WarehouseStore.Open(cli.Warehouse);
        Assert.Equal([check.Scalar("SELECT count(DISTINCT record_id) FROM rating")],
            Rows(engine, $"SELECT count(DISTINCT record_id) FROM read_parquet('{folder}/rating/*/*.parquet')", r => r.GetInt64(0)));
    }

    [Fact]
    public void With_personal_data_the_identities_free_text_and_raw_rows_go_too()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, cli.Run("ingest", Path.Combine(CliRunner.RepositoryRoot(), "samples"), WriteCommune(cli)).Exit);
        var folder = Path.Combine(cli.Root, "parquet");
        var (exit, output, _) = cli.Run("export", "--parquet", folder, "--personal-data");
        Assert.Equal(0, exit);
        Assert.EndsWith(ExportCommand.Personal + "\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var engine = Engine();
        Assert.Equal([313L], Rows(engine, $"SELECT count(DISTINCT person_key) FROM '{folder}/person_identity.parquet'",
            r => r.GetInt64(0)));
        Assert.Equal([3L], Rows(engine, $"SELECT count(raw) FROM '{folder}/etl_rejected.parquet'", r => r.GetInt64(0)));
        Assert.Equal(["DV9000001-F"], Rows(engine,
            $"SELECT record_id FROM read_parquet('{folder}/rating/*/*.parquet') WHERE comment LIKE '%nể nang%'", r => r.GetString(0)));
    }

    /// <summary>A commune whose delivery carries names where they do not belong: a "Họ và tên" column in
    /// the ratings, names in comments, a name in the level column (quarantined), record ids built from
    /// person ids, and a disciplined member rated HTTNV (an R03 finding on a person).</summary>
    private static string WriteCommune(CliRunner cli)
    {
        cli.Write("xa-an-lac/units.csv", """
            unit_code,unit_name,unit_kind,parent_code,counterpart_code,area_code,valid_from,valid_to,successor_code
            AL-DU,Đảng bộ xã An Lạc,grassroots_party_org,TU,,AL,2020-01-01,,
            AL-CB01,Chi bộ thôn 1,party_cell,AL-DU,,AL,2020-01-01,,
            """);
        cli.Write("xa-an-lac/people.csv", """
            person_id,full_name,birth_year,gender,party_member,admitted_on
            DV9000001,Lê Thị Hồng Nhung,1980,nữ,true,2005-01-10
            DV9000002,Đoàn Văn Khải,1975,nam,true,2001-03-02
            DV9000003,Hà Minh Tuấn,1990,nam,true,2015-07-19
            """);
        cli.Write("xa-an-lac/positions.csv", """
            person_id,unit_code,role,valid_from,valid_to,Ghi chú
            DV9000002,AL-CB01,head,2020-01-01,,Trưởng thôn Đoàn Văn Khải
            """);
        cli.Write("xa-an-lac/ratings.csv", """
            record_id,period,subject_kind,subject_id,unit_code,role,channel,level,score,discipline,comment,decided_on,revision,Họ và tên
            DV9000001-F,2024,person,DV9000001,AL-CB01,party_member,final,HTTNV,,,Đ/c Đoàn Văn Khải nể nang,2024-12-20,0,Lê Thị Hồng Nhung
            DV9000002-F,2024,person,DV9000002,AL-CB01,party_member,final,HTTNV,,warning,,2024-12-20,0,Đoàn Văn Khải
            DV9000003-F,2024,person,DV9000003,AL-CB01,party_member,final,Hà Minh Tuấn,,,,2024-12-20,0,Hà Minh Tuấn
            """);
        cli.Write("xa-an-lac/residence.csv", """
            period,person_id,residence_unit,sentiment,comment
            2024,DV9000001,AL-CB01,negative,Hàng xóm Hà Minh Tuấn phản ánh
            """);
        return Path.Combine(cli.Root, "xa-an-lac");
    }

    /// <summary>Every value of every exported table as text, by table.</summary>
    private static Dictionary<string, string> Everything(DuckDBConnection engine, string folder)
    {
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var source = Directory.Exists(entry) ? $"read_parquet('{entry}/*/*.parquet', hive_partitioning = true)" : $"'{entry}'";
            var text = new StringBuilder();
            using var command = engine.CreateCommand();
            command.CommandText = $"SELECT CAST(COLUMNS(*) AS VARCHAR) FROM {source}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++) text.Append(reader.IsDBNull(i) ? "" : reader.GetString(i)).Append('\u001f');
            tables[Path.GetFileNameWithoutExtension(entry)] = text.ToString();
        }
        return tables;
    }

    private static DuckDBConnection Engine()
    {
        var engine = new DuckDBConnection("Data Source=:memory:");
        engine.Open();
        return engine;
    }

    private static List<T> Rows<T>(DuckDBConnection connection, string sql, Func<System.Data.Common.DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
