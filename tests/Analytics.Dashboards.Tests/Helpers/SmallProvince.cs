using System.Text;
using Analytics.Etl.Loading;
using Analytics.Etl.Sources;
using Analytics.Etl.Validation;
using Analytics.Warehouse.Checks;
using Analytics.Warehouse.Store;

namespace Analytics.Dashboards.Tests.Helpers;

/// <summary>A small province with known figures, loaded through the real ingest and checks:
/// area A1 (Đảng bộ xã Tân Phú: cells A1-CB1, A1-CB2; 30 members) delivered by source "so-noi-vu",
/// area A2 (Đảng bộ xã Hòa Bình: cell A2-CB1; 24 members) by "file-drop"; years 2023 and 2024.
/// Finals per area and year (HTXSNV/HTTNV/HTNV/KHTNV): A1 2023 3/24/3/0, A1 2024 4/22/3/1 (+1 not
/// rated), A2 2023 2/20/2/0, A2 2024 8/14/2/0. Self-ratings above the final: A1 2024 3 (and 1 below),
/// A2 2023 6, A2 2024 12; otherwise equal. Organisations: every one HTTNV in 2023; in 2024 A1-DU and
/// A1-CB2 HTXSNV (A1-CB2 with a KHTNV member: R04), A1-CB1 HTTNV, A2-CB1 HTNV, and A2-DU's 2024 rating
/// never delivered. Checks find R01 (A2-DU, 8 HTXSNV against 14 HTTNV) and R04 (A1-CB2) in 2024.</summary>
public class SmallProvince : IDisposable
{
    public SmallProvince() : this(scored: false) { }

    protected SmallProvince(bool scored)
    {
        Root = Directory.CreateTempSubdirectory("analytics-dash-").FullName;
        Store = WarehouseStore.Open(Path.Combine(Root, "warehouse.duckdb"));
        var secret = Encoding.ASCII.GetBytes("a test secret of 32 bytes.......");
        Store.BindKey(secret);
        using var keys = new PersonKeys(secret);
        Load(keys, "so-noi-vu", WriteA1());
        Load(keys, "file-drop", WriteA2());
        var runner = new CheckRunner(Store, new CheckSettings());
        runner.Run("2023");
        runner.Run("2024");
        if (scored) Score();
    }

    public string Root { get; }

    public WarehouseStore Store { get; }

    private void Load(PersonKeys keys, string source, string folder)
    {
        using var ingestor = new SubmissionIngestor(Store, keys, new IngestOptions { Source = source });
        var report = ingestor.Ingest(SubmissionLocator.Locate([folder]).Single());
        if (report.Status != IngestStatus.Loaded || report.Files.Sum(f => f.RowsQuarantined) != 0)
            throw new InvalidOperationException(
                $"fixture {folder}: {report.Status} {report.Reason}, {report.Files.Sum(f => f.RowsQuarantined)} rows quarantined");
    }

    private string WriteA1()
    {
        var f = new Folder(Path.Combine(Root, "a1"));
        f.Unit("TU", "Tỉnh ủy Nghĩa Tân", "party_committee", "", "TU");
        f.Unit("A1-DU", "Đảng bộ xã Tân Phú", "grassroots_party_org", "TU", "A1");
        f.Unit("A1-CB1", "Chi bộ thôn Đông", "party_cell", "A1-DU", "A1");
        f.Unit("A1-CB2", "Chi bộ thôn Đoài", "party_cell", "A1-DU", "A1");
        // 2023: 3/24/3/0, nobody above; 2024: 4/22/3/1 plus one not rated; 3 above, 1 below.
        f.Members("A1-CB1", "A1-CB2", 2023, Levels(3, 24, 3, 0), above: 0, below: 0);
        f.Members("A1-CB1", "A1-CB2", 2024, Levels(4, 22, 3, 1), above: 3, below: 1);
        f.NotRated("A1-CB2", "A1-M99", 2024);
        foreach (var (unit, y2023, y2024) in
            new[] { ("A1-DU", "HTTNV", "HTXSNV"), ("A1-CB1", "HTTNV", "HTTNV"), ("A1-CB2", "HTTNV", "HTXSNV") })
        {
            f.UnitRating(unit, 2023, y2023);
            f.UnitRating(unit, 2024, y2024);
        }
        return f.Write();
    }

    private string WriteA2()
    {
        var f = new Folder(Path.Combine(Root, "a2"));
        f.Unit("A2-DU", "Đảng bộ xã Hòa Bình", "grassroots_party_org", "TU", "A2");
        f.Unit("A2-CB1", "Chi bộ thôn Bắc", "party_cell", "A2-DU", "A2");
        f.Members("A2-CB1", "A2-CB1", 2023, Levels(2, 20, 2, 0), above: 6, below: 0, prefix: "A2-M");
        f.Members("A2-CB1", "A2-CB1", 2024, Levels(8, 14, 2, 0), above: 12, below: 0, prefix: "A2-M");
        f.UnitRating("A2-DU", 2023, "HTTNV");
        f.UnitRating("A2-CB1", 2023, "HTTNV");
        f.UnitRating("A2-CB1", 2024, "HTNV");
        return f.Write();
    }

    /// <summary>Final levels, best first: so many HTXSNV, HTTNV, HTNV, KHTNV.</summary>
    private static int[] Levels(int excellent, int good, int completed, int failed) =>
        [
            .. Enumerable.Repeat(4, excellent), .. Enumerable.Repeat(3, good),
            .. Enumerable.Repeat(2, completed), .. Enumerable.Repeat(1, failed),
        ];

    /// <summary>A formalism run (id 7) scoring A1-DU and A2-DU for both years.</summary>
    private void Score()
    {
        Store.Scalar("INSERT INTO formalism_run VALUES (7, TIMESTAMP '2025-01-10 08:00:00', TIMESTAMP '2025-01-10 08:05:00', "
            + "['2023', '2024'], 'test-1') RETURNING run_id");
        foreach (var (period, unit, score, rank, signals) in new[]
        {
            ("2023", "A1-DU", 0.20, 2, "rubber_stamp"), ("2023", "A2-DU", 0.55, 1, "inflation"),
            ("2024", "A1-DU", 0.30, 2, "rubber_stamp;no_differentiation"), ("2024", "A2-DU", 0.90, 1, "inflation;quota_riding"),
        })
            Store.Scalar("INSERT INTO formalism_score VALUES (7, $1, $2, $3, $4, $5, false, 'test-1') RETURNING run_id",
                period, unit, score, rank, signals);
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Root, true);
        GC.SuppressFinalize(this);
    }

    /// <summary>One submission folder of interchange v1 CSV files.</summary>
    private sealed class Folder(string path)
    {
        private readonly StringBuilder _units =
            new("unit_code,unit_name,unit_kind,parent_code,counterpart_code,area_code,valid_from,valid_to,successor_code\n");
        private readonly StringBuilder _people = new("person_id,full_name,birth_year,gender,party_member,admitted_on\n");
        private readonly StringBuilder _ratings = new("record_id,period,subject_kind,subject_id,unit_code,role,channel,level,score,"
            + "discipline,comment,decided_on,revision\n");
        private readonly HashSet<string> _persons = [];

        public void Unit(string code, string name, string kind, string parent, string area) =>
            _units.Append($"{code},{name},{kind},{parent},,{area},2020-01-01,,\n");

        /// <summary>Members numbered from 1, alternating between two cells, with the given finals; the
        /// first <paramref name="above"/> below HTXSNV rated themselves one level up, the last
        /// <paramref name="below"/> above KHTNV one level down, the rest equal to the final.</summary>
        public void Members(string cellA, string cellB, int year, int[] finals, int above, int below, string prefix = "A1-M")
        {
            var selves = (int[])finals.Clone();
            foreach (var i in Enumerable.Range(0, finals.Length).Where(i => finals[i] < 4).Take(above)) selves[i]++;
            foreach (var i in Enumerable.Range(0, finals.Length).Reverse().Where(i => finals[i] > 1).Take(below)) selves[i]--;
            for (var i = 0; i < finals.Length; i++)
            {
                var id = $"{prefix}{i + 1:00}";
                var cell = i % 2 == 0 ? cellA : cellB;
                var self = selves[i];
                Person(id);
                Rating($"{id}-{year}-S", year, "person", id, cell, "party_member", "self", Code(self));
                Rating($"{id}-{year}-F", year, "person", id, cell, "party_member", "final", Code(finals[i]));
            }
        }

        public void NotRated(string cell, string id, int year)
        {
            Person(id);
            Rating($"{id}-{year}-F", year, "person", id, cell, "party_member", "final", "not_rated");
        }

        public void UnitRating(string unit, int year, string level) =>
            Rating($"{unit}-{year}-F", year, "unit", unit, unit, "organisation", "final", level);

        private void Person(string id)
        {
            if (_persons.Add(id)) _people.Append($"{id},Đảng viên {id},1980,nam,true,2010-01-01\n");
        }

        private void Rating(string record, int year, string kind, string subject, string unit, string role, string channel, string level) =>
            _ratings.Append($"{record},{year},{kind},{subject},{unit},{role},{channel},{level},,,,{year}-12-20,0\n");

        private static string Code(int level) => level switch { 4 => "HTXSNV", 3 => "HTTNV", 2 => "HTNV", _ => "KHTNV" };

        public string Write()
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "units.csv"), _units.ToString());
            File.WriteAllText(Path.Combine(path, "people.csv"), _people.ToString());
            File.WriteAllText(Path.Combine(path, "ratings.csv"), _ratings.ToString());
            return path;
        }
    }
}
