using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Tests.Helpers;

/// <summary>A province whose findings name persons: one party cell (X1-CB1 of Đảng bộ xã Xuân Lộc, area
/// X1, under Tỉnh ủy Nghĩa Tân) with eleven named members DV0000001…DV0000011 rated for 2024, five
/// HTXSNV against five HTTNV (R01 on the cell's organisation X1-DU), and DV0000011 warned (cảnh cáo)
/// yet rated HTTNV (R03, a finding about a person).</summary>
public sealed class NamedMembers : IDisposable
{
    public static readonly string[] Names =
    [
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang",
        "Đặng Văn Hải", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Ngô Thị Lan", "Dương Văn Mạnh",
    ];

    public NamedMembers()
    {
        Root = Directory.CreateTempSubdirectory("analytics-named-").FullName;
        Store = WarehouseStore.Open(Path.Combine(Root, "warehouse.duckdb"));
        var folder = Path.Combine(Root, "x1");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "units.csv"), """
            unit_code,unit_name,unit_kind,parent_code,area_code,valid_from
            TU,Tỉnh ủy Nghĩa Tân,party_committee,,TU,2020-01-01
            X1-DU,Đảng bộ xã Xuân Lộc,grassroots_party_org,TU,X1,2020-01-01
            X1-CB1,Chi bộ thôn Một,party_cell,X1-DU,X1,2020-01-01

            """);
        var people = new StringBuilder("person_id,full_name,party_member,admitted_on\n");
        var ratings = new StringBuilder("record_id,period,subject_kind,subject_id,unit_code,role,channel,level,discipline,decided_on\n");
        for (var i = 1; i <= Names.Length; i++)
        {
            var id = Id(i);
            var level = i <= 5 ? "HTXSNV" : "HTTNV";
            people.Append($"{id},{Names[i - 1]},true,2010-01-01\n");
            ratings.Append($"{id}-S,2024,person,{id},X1-CB1,party_member,self,{level},none,2024-12-01\n");
            var discipline = i == Names.Length ? "warning" : "none";
            ratings.Append($"{id}-F,2024,person,{id},X1-CB1,party_member,final,{level},{discipline},2024-12-20\n");
        }
        File.WriteAllText(Path.Combine(folder, "people.csv"), people.ToString());
        File.WriteAllText(Path.Combine(folder, "ratings.csv"), ratings.ToString());
        var secret = Encoding.ASCII.GetBytes("a test secret of 32 bytes.......");
        Store.BindKey(secret);
        using (var keys = new PersonKeys(secret))
        using (var ingestor = new SubmissionIngestor(Store, keys, new IngestOptions { Source = "file-drop" }))
        {
            var report = ingestor.Ingest(SubmissionLocator.Locate([folder]).Single());
            if (report.Status != IngestStatus.Loaded) throw new InvalidOperationException($"fixture: {report.Status} {report.Reason}");
        }
        new CheckRunner(Store, new CheckSettings()).Run("2024");
    }

    public string Root { get; }

    public WarehouseStore Store { get; }

    /// <summary>The source id of member <paramref name="i"/> (1-based).</summary>
    public static string Id(int i) => $"DV{i:0000000}";

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Root, true);
    }
}
