using System.Globalization;
using System.Text;

namespace Analytics.Synthetic;

/// <summary>One large flat submission (the ingest benchmark's, and tests' that need many rows): a units.csv
/// of 1,000 party cells and a ratings.csv of N rows (three channels per member, a realistic mix of level
/// spellings and Vietnamese comments), deterministic for N.</summary>
public static class RatingsCsvWorkload
{
    private static readonly string[] Levels =
        [
            "HTTNV", "HTTNV", "Hoàn thành tốt nhiệm vụ", "HTXSNV", "HTTNV", "HTNV", "HT tốt", "HTTNV", "Hoàn thành xuất sắc nhiệm vụ",
            "HTTNV",
        ];
    private static readonly string[] Channels = ["self", "proposed", "final"];
    private static readonly string[] Comments =
        [
            "", "Không có", "Còn hạn chế trong nghiên cứu, học tập nghị quyết", "Chưa mạnh dạn đấu tranh tự phê bình và phê bình",
            "Đôi lúc chưa chủ động trong công việc",
        ];

    public const int Cells = 1000;

    public static void Write(string folder, long rows)
    {
        Directory.CreateDirectory(folder);
        using (var units = new StreamWriter(Path.Combine(folder, "units.csv"), false, new UTF8Encoding(false)))
        {
            units.WriteLine("unit_code,unit_name,unit_kind,parent_code,area_code,valid_from");
            units.WriteLine("BENCH-DU,Đảng bộ xã Thử Nghiệm,grassroots_party_org,,BENCH,2020-01-01");
            for (var c = 0; c < Cells; c++)
                units.WriteLine(
                    string.Create(CultureInfo.InvariantCulture, $"CB{c:0000},Chi bộ số {c},party_cell,BENCH-DU,BENCH,2020-01-01"));
        }
        using var ratings = new StreamWriter(Path.Combine(folder, "ratings.csv"), false, new UTF8Encoding(false), 1 << 20);
        ratings.WriteLine(
            "record_id,period,subject_kind,subject_id,unit_code,role,channel,level,score,discipline,comment,decided_on,revision");
        var line = new StringBuilder(200);
        for (long i = 0; i < rows; i++)
        {
            var member = i / 3;
            line.Clear();
            line.Append('R').Append(i.ToString(CultureInfo.InvariantCulture)).Append(",2024,person,DV")
                .Append(member.ToString("0000000", CultureInfo.InvariantCulture)).Append(",CB")
                .Append((member % Cells).ToString("0000", CultureInfo.InvariantCulture)).Append(",party_member,")
                .Append(Channels[i % 3]).Append(',').Append(Levels[(member * 7 + i % 3) % Levels.Length]).Append(",,none,");
            var comment = Comments[member % Comments.Length];
            if (comment.Contains(',', StringComparison.Ordinal)) line.Append('"').Append(comment).Append('"');
            else line.Append(comment);
            line.Append(",2024-12-2").Append((i % 3).ToString(CultureInfo.InvariantCulture)).Append(",0");
            ratings.WriteLine(line);
        }
    }
}
